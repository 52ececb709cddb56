/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Modality_Phone_AudioInputs */

const en_format_modality_phone_audio = /** @type {(inputs: Format_Modality_Phone_AudioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Phone calls`)
};

const de_format_modality_phone_audio = /** @type {(inputs: Format_Modality_Phone_AudioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Telefonanrufe`)
};

const fr_format_modality_phone_audio = /** @type {(inputs: Format_Modality_Phone_AudioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Appels téléphoniques`)
};

/**
* | output |
* | --- |
* | "Phone calls" |
*
* @param {Format_Modality_Phone_AudioInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_modality_phone_audio = /** @type {((inputs?: Format_Modality_Phone_AudioInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Modality_Phone_AudioInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_format_modality_phone_audio(inputs)
	if (locale === "fr") return fr_format_modality_phone_audio(inputs)
	return en_format_modality_phone_audio(inputs)
});