/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Modality_VideoInputs */

const en_format_modality_video = /** @type {(inputs: Format_Modality_VideoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Video`)
};

const de_format_modality_video = /** @type {(inputs: Format_Modality_VideoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Video`)
};

const fr_format_modality_video = /** @type {(inputs: Format_Modality_VideoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vidéo`)
};

/**
* | output |
* | --- |
* | "Video" |
*
* @param {Format_Modality_VideoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_modality_video = /** @type {((inputs?: Format_Modality_VideoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Modality_VideoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_format_modality_video(inputs)
	if (locale === "fr") return fr_format_modality_video(inputs)
	return en_format_modality_video(inputs)
});