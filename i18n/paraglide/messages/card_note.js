/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Card_NoteInputs */

const en_card_note = /** @type {(inputs: Card_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Note:`)
};

const de_card_note = /** @type {(inputs: Card_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notiz:`)
};

const fr_card_note = /** @type {(inputs: Card_NoteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Note :`)
};

/**
* | output |
* | --- |
* | "Note:" |
*
* @param {Card_NoteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_note = /** @type {((inputs?: Card_NoteInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_NoteInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_card_note(inputs)
	if (locale === "fr") return fr_card_note(inputs)
	return en_card_note(inputs)
});