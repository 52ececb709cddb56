/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Session_Saved_Password_RefusedInputs */

const en_session_saved_password_refused = /** @type {(inputs: Session_Saved_Password_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your saved password was not accepted; sign in again.`)
};

const de_session_saved_password_refused = /** @type {(inputs: Session_Saved_Password_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr gespeichertes Passwort wurde nicht akzeptiert; melden Sie sich erneut an.`)
};

const fr_session_saved_password_refused = /** @type {(inputs: Session_Saved_Password_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre mot de passe enregistré n’a pas été accepté ; reconnectez-vous.`)
};

/**
* | output |
* | --- |
* | "Your saved password was not accepted; sign in again." |
*
* @param {Session_Saved_Password_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_saved_password_refused = /** @type {((inputs?: Session_Saved_Password_RefusedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Session_Saved_Password_RefusedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_session_saved_password_refused(inputs)
	if (locale === "fr") return fr_session_saved_password_refused(inputs)
	return en_session_saved_password_refused(inputs)
});