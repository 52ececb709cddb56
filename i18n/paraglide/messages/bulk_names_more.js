/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, names: NonNullable<unknown>, n: NonNullable<unknown> }} Bulk_Names_MoreInputs */

const en_bulk_names_more = /** @type {(inputs: Bulk_Names_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.names} and ${i?.n} more`);
	return /** @type {LocalizedString} */ (`${i?.names} and ${i?.n} more`)
	
};

const de_bulk_names_more = /** @type {(inputs: Bulk_Names_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.names} und ${i?.n} weitere Person`);
	return /** @type {LocalizedString} */ (`${i?.names} und ${i?.n} weitere Personen`)
	
};

const fr_bulk_names_more = /** @type {(inputs: Bulk_Names_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.names} et ${i?.n} autre`);
	return /** @type {LocalizedString} */ (`${i?.names} et ${i?.n} autres`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{names} and {n} more" |
* | * | "{names} and {n} more" |
*
* @param {Bulk_Names_MoreInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_names_more = /** @type {((inputs: Bulk_Names_MoreInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Bulk_Names_MoreInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_bulk_names_more(inputs)
	if (locale === "fr") return fr_bulk_names_more(inputs)
	return en_bulk_names_more(inputs)
});