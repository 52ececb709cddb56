/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Banner_Retry_NowInputs */

const en_banner_retry_now = /** @type {(inputs: Banner_Retry_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Retry now`)
};

const de_banner_retry_now = /** @type {(inputs: Banner_Retry_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jetzt erneut versuchen`)
};

const fr_banner_retry_now = /** @type {(inputs: Banner_Retry_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Réessayer maintenant`)
};

/**
* | output |
* | --- |
* | "Retry now" |
*
* @param {Banner_Retry_NowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const banner_retry_now = /** @type {((inputs?: Banner_Retry_NowInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Banner_Retry_NowInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_banner_retry_now(inputs)
	if (locale === "fr") return fr_banner_retry_now(inputs)
	return en_banner_retry_now(inputs)
});