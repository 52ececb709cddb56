/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Invalid_GrantInputs */

const en_error_invalid_grant = /** @type {(inputs: Error_Invalid_GrantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The user name or password is incorrect.`)
};

const de_error_invalid_grant = /** @type {(inputs: Error_Invalid_GrantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Benutzername oder Passwort ist falsch.`)
};

const fr_error_invalid_grant = /** @type {(inputs: Error_Invalid_GrantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le nom d’utilisateur ou le mot de passe est incorrect.`)
};

/**
* | output |
* | --- |
* | "The user name or password is incorrect." |
*
* @param {Error_Invalid_GrantInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_invalid_grant = /** @type {((inputs?: Error_Invalid_GrantInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Invalid_GrantInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_invalid_grant(inputs)
	if (locale === "fr") return fr_error_invalid_grant(inputs)
	return en_error_invalid_grant(inputs)
});