/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_Info_Meeting_Subjects_LabelInputs */

const en_wsw_info_meeting_subjects_label = /** @type {(inputs: Wsw_Info_Meeting_Subjects_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`your meeting subjects`)
};

const de_wsw_info_meeting_subjects_label = /** @type {(inputs: Wsw_Info_Meeting_Subjects_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Besprechungsbetreffe`)
};

const fr_wsw_info_meeting_subjects_label = /** @type {(inputs: Wsw_Info_Meeting_Subjects_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`les objets de vos réunions`)
};

/**
* | output |
* | --- |
* | "your meeting subjects" |
*
* @param {Wsw_Info_Meeting_Subjects_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_meeting_subjects_label = /** @type {((inputs?: Wsw_Info_Meeting_Subjects_LabelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Meeting_Subjects_LabelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_info_meeting_subjects_label(inputs)
	if (locale === "fr") return fr_wsw_info_meeting_subjects_label(inputs)
	return en_wsw_info_meeting_subjects_label(inputs)
});