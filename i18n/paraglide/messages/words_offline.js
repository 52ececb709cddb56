/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Words_OfflineInputs */

const en_words_offline = /** @type {(inputs: Words_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This computer is offline.`)
};

const de_words_offline = /** @type {(inputs: Words_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Computer ist offline.`)
};

const fr_words_offline = /** @type {(inputs: Words_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cet ordinateur est hors ligne.`)
};

/**
* | output |
* | --- |
* | "This computer is offline." |
*
* @param {Words_OfflineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_offline = /** @type {((inputs?: Words_OfflineInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_OfflineInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_words_offline(inputs)
	if (locale === "fr") return fr_words_offline(inputs)
	return en_words_offline(inputs)
});