/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Settings_Language_NoteInputs */

const en_settings_language_note = /** @type {(inputs: Settings_Language_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The tray menu and Settings follow this language; the other views are in English for now.`)
};

const de_settings_language_note = /** @type {(inputs: Settings_Language_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Tray-Menü und die Einstellungen folgen dieser Sprache; die anderen Ansichten sind vorerst auf Englisch.`)
};

const fr_settings_language_note = /** @type {(inputs: Settings_Language_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le menu de la zone de notification et les Paramètres suivent cette langue ; les autres vues sont pour l’instant en anglais.`)
};

/**
* | output |
* | --- |
* | "The tray menu and Settings follow this language; the other views are in English for now." |
*
* @param {Settings_Language_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_language_note = /** @type {((inputs?: Settings_Language_NoteInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Language_NoteInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_settings_language_note(inputs)
	if (locale === "fr") return fr_settings_language_note(inputs)
	return en_settings_language_note(inputs)
});