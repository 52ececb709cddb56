/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, n: NonNullable<unknown> }} Bulk_Change_CountInputs */

const en_bulk_change_count = /** @type {(inputs: Bulk_Change_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Change ${i?.n} contact`);
	return /** @type {LocalizedString} */ (`Change ${i?.n} contacts`)
	
};

const de_bulk_change_count = /** @type {(inputs: Bulk_Change_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} Kontakt ändern`);
	return /** @type {LocalizedString} */ (`${i?.n} Kontakte ändern`)
	
};

const fr_bulk_change_count = /** @type {(inputs: Bulk_Change_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Modifier ${i?.n} contact`);
	return /** @type {LocalizedString} */ (`Modifier ${i?.n} contacts`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Change {n} contact" |
* | * | "Change {n} contacts" |
*
* @param {Bulk_Change_CountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_change_count = /** @type {((inputs: Bulk_Change_CountInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Bulk_Change_CountInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_bulk_change_count(inputs)
	if (locale === "fr") return fr_bulk_change_count(inputs)
	return en_bulk_change_count(inputs)
});