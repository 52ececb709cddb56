/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_Info_Note_LabelInputs */

const en_wsw_info_note_label = /** @type {(inputs: Wsw_Info_Note_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`your note and out-of-office message`)
};

const de_wsw_info_note_label = /** @type {(inputs: Wsw_Info_Note_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Notiz und Abwesenheitsnachricht`)
};

const fr_wsw_info_note_label = /** @type {(inputs: Wsw_Info_Note_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`votre note et votre message d’absence`)
};

/**
* | output |
* | --- |
* | "your note and out-of-office message" |
*
* @param {Wsw_Info_Note_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_note_label = /** @type {((inputs?: Wsw_Info_Note_LabelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Note_LabelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_info_note_label(inputs)
	if (locale === "fr") return fr_wsw_info_note_label(inputs)
	return en_wsw_info_note_label(inputs)
});