/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Privacy_Sees_Short_WorkgroupInputs */

const en_privacy_sees_short_workgroup = /** @type {(inputs: Privacy_Sees_Short_WorkgroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Presence, note, location, free/busy, meeting subjects, meeting locations and mobile phone. Can reach you on Do Not Disturb.`)
};

const de_privacy_sees_short_workgroup = /** @type {(inputs: Privacy_Sees_Short_WorkgroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anwesenheit, Notiz, Standort, Frei/Gebucht, Besprechungsthemen, Besprechungsorte und Mobiltelefon. Kann Sie bei „Nicht stören“ erreichen.`)
};

const fr_privacy_sees_short_workgroup = /** @type {(inputs: Privacy_Sees_Short_WorkgroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Présence, note, emplacement, disponibilités, objets des réunions, lieux des réunions et téléphone mobile. Peut vous joindre en mode Ne pas déranger.`)
};

/**
* | output |
* | --- |
* | "Presence, note, location, free/busy, meeting subjects, meeting locations and mobile phone. Can reach you on Do Not Disturb." |
*
* @param {Privacy_Sees_Short_WorkgroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_short_workgroup = /** @type {((inputs?: Privacy_Sees_Short_WorkgroupInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Sees_Short_WorkgroupInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_privacy_sees_short_workgroup(inputs)
	if (locale === "fr") return fr_privacy_sees_short_workgroup(inputs)
	return en_privacy_sees_short_workgroup(inputs)
});