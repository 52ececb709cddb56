/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Privacy_Sees_Line_FriendsInputs */

const en_privacy_sees_line_friends = /** @type {(inputs: Privacy_Sees_Line_FriendsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sees your contact card, presence, note, location, free/busy, meeting subjects, mobile phone, home phone and other phone.`)
};

const de_privacy_sees_line_friends = /** @type {(inputs: Privacy_Sees_Line_FriendsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sieht Ihre Kontaktkarte, Anwesenheit, Notiz, Standort, Frei/Gebucht, Besprechungsthemen, Mobiltelefon, Privattelefon und weiteres Telefon.`)
};

const fr_privacy_sees_line_friends = /** @type {(inputs: Privacy_Sees_Line_FriendsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Voit votre carte de contact, présence, note, emplacement, disponibilités, objets des réunions, téléphone mobile, téléphone personnel et autre téléphone.`)
};

/**
* | output |
* | --- |
* | "Sees your contact card, presence, note, location, free/busy, meeting subjects, mobile phone, home phone and other phone." |
*
* @param {Privacy_Sees_Line_FriendsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_line_friends = /** @type {((inputs?: Privacy_Sees_Line_FriendsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Sees_Line_FriendsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_privacy_sees_line_friends(inputs)
	if (locale === "fr") return fr_privacy_sees_line_friends(inputs)
	return en_privacy_sees_line_friends(inputs)
});