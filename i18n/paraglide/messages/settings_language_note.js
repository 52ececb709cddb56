/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Settings_Language_NoteInputs */

const en_settings_language_note = /** @type {(inputs: Settings_Language_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The window, the tray menu and notifications follow this language; “Same as the system” follows your computer’s.`)
};

const de_settings_language_note = /** @type {(inputs: Settings_Language_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Fenster, das Tray-Menü und die Benachrichtigungen folgen dieser Sprache; „Wie im System“ folgt der Ihres Computers.`)
};

const fr_settings_language_note = /** @type {(inputs: Settings_Language_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La fenêtre, le menu de la zone de notification et les notifications suivent cette langue ; « Comme le système » suit celle de votre ordinateur.`)
};

/**
* | output |
* | --- |
* | "The window, the tray menu and notifications follow this language; “Same as the system” follows your computer’s." |
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