/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Words_By_Other_DeviceInputs */

const en_words_by_other_device = /** @type {(inputs: Words_By_Other_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Another device`)
};

const de_words_by_other_device = /** @type {(inputs: Words_By_Other_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein anderes Gerät`)
};

const fr_words_by_other_device = /** @type {(inputs: Words_By_Other_DeviceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un autre appareil`)
};

/**
* | output |
* | --- |
* | "Another device" |
*
* @param {Words_By_Other_DeviceInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_by_other_device = /** @type {((inputs?: Words_By_Other_DeviceInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_By_Other_DeviceInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_words_by_other_device(inputs)
	if (locale === "fr") return fr_words_by_other_device(inputs)
	return en_words_by_other_device(inputs)
});