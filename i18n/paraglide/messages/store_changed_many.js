/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Store_Changed_ManyInputs */

const en_store_changed_many = /** @type {(inputs: Store_Changed_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Changed ${shown} contact`);
	return /** @type {LocalizedString} */ (`Changed ${shown} contacts`)
	
};

const de_store_changed_many = /** @type {(inputs: Store_Changed_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} Kontakt geändert`);
	return /** @type {LocalizedString} */ (`${shown} Kontakte geändert`)
	
};

const fr_store_changed_many = /** @type {(inputs: Store_Changed_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} contact modifié`);
	return /** @type {LocalizedString} */ (`${shown} contacts modifiés`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Changed {shown} contact" |
* | * | "Changed {shown} contacts" |
*
* @param {Store_Changed_ManyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_changed_many = /** @type {((inputs: Store_Changed_ManyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Changed_ManyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_store_changed_many(inputs)
	if (locale === "fr") return fr_store_changed_many(inputs)
	return en_store_changed_many(inputs)
});