/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Protocol_NoteInputs */

const en_help_protocol_note = /** @type {(inputs: Help_Protocol_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(what the app asks the server for; takes effect at the next sign-in)`)
};

const de_help_protocol_note = /** @type {(inputs: Help_Protocol_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(was die App beim Server anfragt; gilt ab der nächsten Anmeldung)`)
};

const fr_help_protocol_note = /** @type {(inputs: Help_Protocol_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(ce que l’application demande au serveur ; prend effet à la prochaine connexion)`)
};

/**
* | output |
* | --- |
* | "(what the app asks the server for; takes effect at the next sign-in)" |
*
* @param {Help_Protocol_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_protocol_note = /** @type {((inputs?: Help_Protocol_NoteInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Protocol_NoteInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_protocol_note(inputs)
	if (locale === "fr") return fr_help_protocol_note(inputs)
	return en_help_protocol_note(inputs)
});