/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Privacy_Sees_Short_ColleaguesInputs */

const en_privacy_sees_short_colleagues = /** @type {(inputs: Privacy_Sees_Short_ColleaguesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Presence, note, location and free/busy.`)
};

const de_privacy_sees_short_colleagues = /** @type {(inputs: Privacy_Sees_Short_ColleaguesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anwesenheit, Notiz, Standort und Frei/Gebucht.`)
};

const fr_privacy_sees_short_colleagues = /** @type {(inputs: Privacy_Sees_Short_ColleaguesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Présence, note, emplacement et disponibilités.`)
};

/**
* | output |
* | --- |
* | "Presence, note, location and free/busy." |
*
* @param {Privacy_Sees_Short_ColleaguesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_short_colleagues = /** @type {((inputs?: Privacy_Sees_Short_ColleaguesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Sees_Short_ColleaguesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_privacy_sees_short_colleagues(inputs)
	if (locale === "fr") return fr_privacy_sees_short_colleagues(inputs)
	return en_privacy_sees_short_colleagues(inputs)
});