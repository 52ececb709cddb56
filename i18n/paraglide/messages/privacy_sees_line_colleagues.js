/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Privacy_Sees_Line_ColleaguesInputs */

const en_privacy_sees_line_colleagues = /** @type {(inputs: Privacy_Sees_Line_ColleaguesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sees your contact card, presence, note, location and free/busy.`)
};

const de_privacy_sees_line_colleagues = /** @type {(inputs: Privacy_Sees_Line_ColleaguesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sieht Ihre Kontaktkarte, Anwesenheit, Notiz, Standort und Frei/Gebucht.`)
};

const fr_privacy_sees_line_colleagues = /** @type {(inputs: Privacy_Sees_Line_ColleaguesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Voit votre carte de contact, présence, note, emplacement et disponibilités.`)
};

/**
* | output |
* | --- |
* | "Sees your contact card, presence, note, location and free/busy." |
*
* @param {Privacy_Sees_Line_ColleaguesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_line_colleagues = /** @type {((inputs?: Privacy_Sees_Line_ColleaguesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Sees_Line_ColleaguesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_privacy_sees_line_colleagues(inputs)
	if (locale === "fr") return fr_privacy_sees_line_colleagues(inputs)
	return en_privacy_sees_line_colleagues(inputs)
});