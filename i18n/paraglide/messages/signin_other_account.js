/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_Other_AccountInputs */

const en_signin_other_account = /** @type {(inputs: Signin_Other_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Use another account`)
};

const de_signin_other_account = /** @type {(inputs: Signin_Other_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anderes Konto verwenden`)
};

const fr_signin_other_account = /** @type {(inputs: Signin_Other_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Utiliser un autre compte`)
};

/**
* | output |
* | --- |
* | "Use another account" |
*
* @param {Signin_Other_AccountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_other_account = /** @type {((inputs?: Signin_Other_AccountInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Other_AccountInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_other_account(inputs)
	if (locale === "fr") return fr_signin_other_account(inputs)
	return en_signin_other_account(inputs)
});