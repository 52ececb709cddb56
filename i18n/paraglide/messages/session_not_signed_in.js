/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Session_Not_Signed_InInputs */

const en_session_not_signed_in = /** @type {(inputs: Session_Not_Signed_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You are not signed in. Sign in and try again.`)
};

const de_session_not_signed_in = /** @type {(inputs: Session_Not_Signed_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie sind nicht angemeldet. Melden Sie sich an und versuchen Sie es erneut.`)
};

const fr_session_not_signed_in = /** @type {(inputs: Session_Not_Signed_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vous n’êtes pas connecté. Connectez-vous et réessayez.`)
};

/**
* | output |
* | --- |
* | "You are not signed in. Sign in and try again." |
*
* @param {Session_Not_Signed_InInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_not_signed_in = /** @type {((inputs?: Session_Not_Signed_InInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Session_Not_Signed_InInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_session_not_signed_in(inputs)
	if (locale === "fr") return fr_session_not_signed_in(inputs)
	return en_session_not_signed_in(inputs)
});