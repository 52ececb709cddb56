/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Store_Not_Changed_ManyInputs */

const en_store_not_changed_many = /** @type {(inputs: Store_Not_Changed_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} contact was not changed`);
	return /** @type {LocalizedString} */ (`${shown} contacts were not changed`)
	
};

const de_store_not_changed_many = /** @type {(inputs: Store_Not_Changed_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} Kontakt wurde nicht geändert`);
	return /** @type {LocalizedString} */ (`${shown} Kontakte wurden nicht geändert`)
	
};

const fr_store_not_changed_many = /** @type {(inputs: Store_Not_Changed_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} contact n’a pas été modifié`);
	return /** @type {LocalizedString} */ (`${shown} contacts n’ont pas été modifiés`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{shown} contact was not changed" |
* | * | "{shown} contacts were not changed" |
*
* @param {Store_Not_Changed_ManyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_not_changed_many = /** @type {((inputs: Store_Not_Changed_ManyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Not_Changed_ManyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_store_not_changed_many(inputs)
	if (locale === "fr") return fr_store_not_changed_many(inputs)
	return en_store_not_changed_many(inputs)
});