/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Trust_Password_Not_OfferedInputs */

const en_trust_password_not_offered = /** @type {(inputs: Trust_Password_Not_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This server does not accept password sign-in.`)
};

const de_trust_password_not_offered = /** @type {(inputs: Trust_Password_Not_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Server akzeptiert keine Anmeldung mit Passwort.`)
};

const fr_trust_password_not_offered = /** @type {(inputs: Trust_Password_Not_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce serveur n’accepte pas la connexion par mot de passe.`)
};

/**
* | output |
* | --- |
* | "This server does not accept password sign-in." |
*
* @param {Trust_Password_Not_OfferedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_password_not_offered = /** @type {((inputs?: Trust_Password_Not_OfferedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Password_Not_OfferedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_trust_password_not_offered(inputs)
	if (locale === "fr") return fr_trust_password_not_offered(inputs)
	return en_trust_password_not_offered(inputs)
});