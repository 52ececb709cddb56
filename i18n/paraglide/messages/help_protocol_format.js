/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Protocol_FormatInputs */

const en_help_protocol_format = /** @type {(inputs: Help_Protocol_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Protocol format`)
};

const de_help_protocol_format = /** @type {(inputs: Help_Protocol_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Protokollformat`)
};

const fr_help_protocol_format = /** @type {(inputs: Help_Protocol_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Format du protocole`)
};

/**
* | output |
* | --- |
* | "Protocol format" |
*
* @param {Help_Protocol_FormatInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_protocol_format = /** @type {((inputs?: Help_Protocol_FormatInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Protocol_FormatInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_protocol_format(inputs)
	if (locale === "fr") return fr_help_protocol_format(inputs)
	return en_help_protocol_format(inputs)
});