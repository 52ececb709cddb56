/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Banner_Signed_OutInputs */

const en_banner_signed_out = /** @type {(inputs: Banner_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signed out.`)
};

const de_banner_signed_out = /** @type {(inputs: Banner_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abgemeldet.`)
};

const fr_banner_signed_out = /** @type {(inputs: Banner_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Déconnecté.`)
};

/**
* | output |
* | --- |
* | "Signed out." |
*
* @param {Banner_Signed_OutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const banner_signed_out = /** @type {((inputs?: Banner_Signed_OutInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Banner_Signed_OutInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_banner_signed_out(inputs)
	if (locale === "fr") return fr_banner_signed_out(inputs)
	return en_banner_signed_out(inputs)
});