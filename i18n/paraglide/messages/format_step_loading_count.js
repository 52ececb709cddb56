/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, n: NonNullable<unknown> }} Format_Step_Loading_CountInputs */

const en_format_step_loading_count = /** @type {(inputs: Format_Step_Loading_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Loading ${i?.n} contact`);
	return /** @type {LocalizedString} */ (`Loading ${i?.n} contacts`)
	
};

const de_format_step_loading_count = /** @type {(inputs: Format_Step_Loading_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} Kontakt wird geladen`);
	return /** @type {LocalizedString} */ (`${i?.n} Kontakte werden geladen`)
	
};

const fr_format_step_loading_count = /** @type {(inputs: Format_Step_Loading_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Chargement de ${i?.n} contact`);
	return /** @type {LocalizedString} */ (`Chargement de ${i?.n} contacts`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Loading {n} contact" |
* | * | "Loading {n} contacts" |
*
* @param {Format_Step_Loading_CountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_step_loading_count = /** @type {((inputs: Format_Step_Loading_CountInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Step_Loading_CountInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_format_step_loading_count(inputs)
	if (locale === "fr") return fr_format_step_loading_count(inputs)
	return en_format_step_loading_count(inputs)
});