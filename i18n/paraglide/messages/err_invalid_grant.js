/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Err_Invalid_GrantInputs */

const en_err_invalid_grant = /** @type {(inputs: Err_Invalid_GrantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wrong sign-in address or password`)
};

const de_err_invalid_grant = /** @type {(inputs: Err_Invalid_GrantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Falsche Anmeldeadresse oder falsches Kennwort`)
};

const fr_err_invalid_grant = /** @type {(inputs: Err_Invalid_GrantInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adresse de connexion ou mot de passe incorrect`)
};

/**
* | output |
* | --- |
* | "Wrong sign-in address or password" |
*
* @param {Err_Invalid_GrantInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_invalid_grant = /** @type {((inputs?: Err_Invalid_GrantInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Invalid_GrantInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_err_invalid_grant(inputs)
	if (locale === "fr") return fr_err_invalid_grant(inputs)
	return en_err_invalid_grant(inputs)
});