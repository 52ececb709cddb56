/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Modality_MessagingInputs */

const en_format_modality_messaging = /** @type {(inputs: Format_Modality_MessagingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Instant messages`)
};

const de_format_modality_messaging = /** @type {(inputs: Format_Modality_MessagingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chatnachrichten`)
};

const fr_format_modality_messaging = /** @type {(inputs: Format_Modality_MessagingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Messages instantanés`)
};

/**
* | output |
* | --- |
* | "Instant messages" |
*
* @param {Format_Modality_MessagingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_modality_messaging = /** @type {((inputs?: Format_Modality_MessagingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Modality_MessagingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_format_modality_messaging(inputs)
	if (locale === "fr") return fr_format_modality_messaging(inputs)
	return en_format_modality_messaging(inputs)
});