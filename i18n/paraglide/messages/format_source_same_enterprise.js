/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Source_Same_EnterpriseInputs */

const en_format_source_same_enterprise = /** @type {(inputs: Format_Source_Same_EnterpriseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your organisation`)
};

const de_format_source_same_enterprise = /** @type {(inputs: Format_Source_Same_EnterpriseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Organisation`)
};

const fr_format_source_same_enterprise = /** @type {(inputs: Format_Source_Same_EnterpriseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre organisation`)
};

/**
* | output |
* | --- |
* | "Your organisation" |
*
* @param {Format_Source_Same_EnterpriseInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_source_same_enterprise = /** @type {((inputs?: Format_Source_Same_EnterpriseInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Source_Same_EnterpriseInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_format_source_same_enterprise(inputs)
	if (locale === "fr") return fr_format_source_same_enterprise(inputs)
	return en_format_source_same_enterprise(inputs)
});