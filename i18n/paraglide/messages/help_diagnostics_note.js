/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Diagnostics_NoteInputs */

const en_help_diagnostics_note = /** @type {(inputs: Help_Diagnostics_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diagnostics are a short report of the app's state for your support team, without passwords or tokens.`)
};

const de_help_diagnostics_note = /** @type {(inputs: Help_Diagnostics_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Diagnose ist ein kurzer Bericht über den Zustand der App für Ihr Support-Team, ohne Passwörter oder Tokens.`)
};

const fr_help_diagnostics_note = /** @type {(inputs: Help_Diagnostics_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le diagnostic est un court rapport sur l’état de l’application pour votre équipe d’assistance, sans mots de passe ni jetons.`)
};

/**
* | output |
* | --- |
* | "Diagnostics are a short report of the app's state for your support team, without passwords or tokens." |
*
* @param {Help_Diagnostics_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_diagnostics_note = /** @type {((inputs?: Help_Diagnostics_NoteInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Diagnostics_NoteInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_diagnostics_note(inputs)
	if (locale === "fr") return fr_help_diagnostics_note(inputs)
	return en_help_diagnostics_note(inputs)
});