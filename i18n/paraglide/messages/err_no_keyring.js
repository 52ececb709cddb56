/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Err_No_KeyringInputs */

const en_err_no_keyring = /** @type {(inputs: Err_No_KeyringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your password cannot be remembered on this computer`)
};

const de_err_no_keyring = /** @type {(inputs: Err_No_KeyringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Kennwort kann auf diesem Computer nicht gespeichert werden`)
};

const fr_err_no_keyring = /** @type {(inputs: Err_No_KeyringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre mot de passe ne peut pas être mémorisé sur cet ordinateur`)
};

/**
* | output |
* | --- |
* | "Your password cannot be remembered on this computer" |
*
* @param {Err_No_KeyringInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_no_keyring = /** @type {((inputs?: Err_No_KeyringInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_No_KeyringInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_err_no_keyring(inputs)
	if (locale === "fr") return fr_err_no_keyring(inputs)
	return en_err_no_keyring(inputs)
});