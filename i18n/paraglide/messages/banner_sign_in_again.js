/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Banner_Sign_In_AgainInputs */

const en_banner_sign_in_again = /** @type {(inputs: Banner_Sign_In_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in again`)
};

const de_banner_sign_in_again = /** @type {(inputs: Banner_Sign_In_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Erneut anmelden`)
};

const fr_banner_sign_in_again = /** @type {(inputs: Banner_Sign_In_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se reconnecter`)
};

/**
* | output |
* | --- |
* | "Sign in again" |
*
* @param {Banner_Sign_In_AgainInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const banner_sign_in_again = /** @type {((inputs?: Banner_Sign_In_AgainInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Banner_Sign_In_AgainInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_banner_sign_in_again(inputs)
	if (locale === "fr") return fr_banner_sign_in_again(inputs)
	return en_banner_sign_in_again(inputs)
});