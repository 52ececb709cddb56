/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_Info_Note_ListedInputs */

const en_wsw_info_note_listed = /** @type {(inputs: Wsw_Info_Note_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`note and out-of-office message`)
};

const de_wsw_info_note_listed = /** @type {(inputs: Wsw_Info_Note_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notiz und Abwesenheitsnachricht`)
};

const fr_wsw_info_note_listed = /** @type {(inputs: Wsw_Info_Note_ListedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`note et message d’absence`)
};

/**
* | output |
* | --- |
* | "note and out-of-office message" |
*
* @param {Wsw_Info_Note_ListedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_note_listed = /** @type {((inputs?: Wsw_Info_Note_ListedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Note_ListedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_info_note_listed(inputs)
	if (locale === "fr") return fr_wsw_info_note_listed(inputs)
	return en_wsw_info_note_listed(inputs)
});