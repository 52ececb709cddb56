/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Modality_AudioInputs */

const en_format_modality_audio = /** @type {(inputs: Format_Modality_AudioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Audio calls`)
};

const de_format_modality_audio = /** @type {(inputs: Format_Modality_AudioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Audioanrufe`)
};

const fr_format_modality_audio = /** @type {(inputs: Format_Modality_AudioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Appels audio`)
};

/**
* | output |
* | --- |
* | "Audio calls" |
*
* @param {Format_Modality_AudioInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_modality_audio = /** @type {((inputs?: Format_Modality_AudioInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Modality_AudioInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_format_modality_audio(inputs)
	if (locale === "fr") return fr_format_modality_audio(inputs)
	return en_format_modality_audio(inputs)
});