/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, n: NonNullable<unknown> }} Bulk_SelectedInputs */

const en_bulk_selected = /** @type {(inputs: Bulk_SelectedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} contact selected`);
	return /** @type {LocalizedString} */ (`${i?.n} contacts selected`)
	
};

const de_bulk_selected = /** @type {(inputs: Bulk_SelectedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} Kontakt ausgewählt`);
	return /** @type {LocalizedString} */ (`${i?.n} Kontakte ausgewählt`)
	
};

const fr_bulk_selected = /** @type {(inputs: Bulk_SelectedInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} contact sélectionné`);
	return /** @type {LocalizedString} */ (`${i?.n} contacts sélectionnés`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} contact selected" |
* | * | "{n} contacts selected" |
*
* @param {Bulk_SelectedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_selected = /** @type {((inputs: Bulk_SelectedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Bulk_SelectedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_bulk_selected(inputs)
	if (locale === "fr") return fr_bulk_selected(inputs)
	return en_bulk_selected(inputs)
});