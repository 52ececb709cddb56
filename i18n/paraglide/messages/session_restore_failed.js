/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ said: NonNullable<unknown> }} Session_Restore_FailedInputs */

const en_session_restore_failed = /** @type {(inputs: Session_Restore_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`You could not be signed in automatically. ${i?.said}`)
};

const de_session_restore_failed = /** @type {(inputs: Session_Restore_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sie konnten nicht automatisch angemeldet werden. ${i?.said}`)
};

const fr_session_restore_failed = /** @type {(inputs: Session_Restore_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La connexion automatique n’a pas abouti. ${i?.said}`)
};

/**
* | output |
* | --- |
* | "You could not be signed in automatically. {said}" |
*
* @param {Session_Restore_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_restore_failed = /** @type {((inputs: Session_Restore_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Session_Restore_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_session_restore_failed(inputs)
	if (locale === "fr") return fr_session_restore_failed(inputs)
	return en_session_restore_failed(inputs)
});