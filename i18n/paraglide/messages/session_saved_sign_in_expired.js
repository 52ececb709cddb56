/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Session_Saved_Sign_In_ExpiredInputs */

const en_session_saved_sign_in_expired = /** @type {(inputs: Session_Saved_Sign_In_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your saved sign-in has expired; sign in again.`)
};

const de_session_saved_sign_in_expired = /** @type {(inputs: Session_Saved_Sign_In_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre gespeicherte Anmeldung ist abgelaufen; melden Sie sich erneut an.`)
};

const fr_session_saved_sign_in_expired = /** @type {(inputs: Session_Saved_Sign_In_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre connexion enregistrée a expiré ; reconnectez-vous.`)
};

/**
* | output |
* | --- |
* | "Your saved sign-in has expired; sign in again." |
*
* @param {Session_Saved_Sign_In_ExpiredInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_saved_sign_in_expired = /** @type {((inputs?: Session_Saved_Sign_In_ExpiredInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Session_Saved_Sign_In_ExpiredInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_session_saved_sign_in_expired(inputs)
	if (locale === "fr") return fr_session_saved_sign_in_expired(inputs)
	return en_session_saved_sign_in_expired(inputs)
});