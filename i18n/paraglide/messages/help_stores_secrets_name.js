/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Stores_Secrets_NameInputs */

const en_help_stores_secrets_name = /** @type {(inputs: Help_Stores_Secrets_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your password and sign-in tokens`)
};

const de_help_stores_secrets_name = /** @type {(inputs: Help_Stores_Secrets_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Passwort und Ihre Anmeldetokens`)
};

const fr_help_stores_secrets_name = /** @type {(inputs: Help_Stores_Secrets_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre mot de passe et vos jetons de connexion`)
};

/**
* | output |
* | --- |
* | "Your password and sign-in tokens" |
*
* @param {Help_Stores_Secrets_NameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_stores_secrets_name = /** @type {((inputs?: Help_Stores_Secrets_NameInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Stores_Secrets_NameInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_stores_secrets_name(inputs)
	if (locale === "fr") return fr_help_stores_secrets_name(inputs)
	return en_help_stores_secrets_name(inputs)
});