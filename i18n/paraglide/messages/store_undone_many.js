/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Store_Undone_ManyInputs */

const en_store_undone_many = /** @type {(inputs: Store_Undone_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Undone for ${shown} contact`);
	return /** @type {LocalizedString} */ (`Undone for ${shown} contacts`)
	
};

const de_store_undone_many = /** @type {(inputs: Store_Undone_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Für ${shown} Kontakt rückgängig gemacht`);
	return /** @type {LocalizedString} */ (`Für ${shown} Kontakte rückgängig gemacht`)
	
};

const fr_store_undone_many = /** @type {(inputs: Store_Undone_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Annulé pour ${shown} contact`);
	return /** @type {LocalizedString} */ (`Annulé pour ${shown} contacts`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Undone for {shown} contact" |
* | * | "Undone for {shown} contacts" |
*
* @param {Store_Undone_ManyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_undone_many = /** @type {((inputs: Store_Undone_ManyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Undone_ManyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_store_undone_many(inputs)
	if (locale === "fr") return fr_store_undone_many(inputs)
	return en_store_undone_many(inputs)
});