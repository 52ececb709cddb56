/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Groups_Delegates_NoteInputs */

const en_groups_delegates_note = /** @type {(inputs: Groups_Delegates_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set in Skype for Business: the server offers apps no way to change them.`)
};

const de_groups_delegates_note = /** @type {(inputs: Groups_Delegates_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In Skype for Business festgelegt: Der Server bietet Apps keine Möglichkeit, sie zu ändern.`)
};

const fr_groups_delegates_note = /** @type {(inputs: Groups_Delegates_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Définis dans Skype for Business : le serveur n’offre aux applications aucun moyen de les modifier.`)
};

/**
* | output |
* | --- |
* | "Set in Skype for Business: the server offers apps no way to change them." |
*
* @param {Groups_Delegates_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_delegates_note = /** @type {((inputs?: Groups_Delegates_NoteInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Delegates_NoteInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_delegates_note(inputs)
	if (locale === "fr") return fr_groups_delegates_note(inputs)
	return en_groups_delegates_note(inputs)
});