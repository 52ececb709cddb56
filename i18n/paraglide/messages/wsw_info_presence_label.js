/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_Info_Presence_LabelInputs */

const en_wsw_info_presence_label = /** @type {(inputs: Wsw_Info_Presence_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`your presence (Available, Busy, Away…)`)
};

const de_wsw_info_presence_label = /** @type {(inputs: Wsw_Info_Presence_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Anwesenheit (Verfügbar, Beschäftigt, Abwesend…)`)
};

const fr_wsw_info_presence_label = /** @type {(inputs: Wsw_Info_Presence_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`votre présence (Disponible, Occupé, Absent…)`)
};

/**
* | output |
* | --- |
* | "your presence (Available, Busy, Away…)" |
*
* @param {Wsw_Info_Presence_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_presence_label = /** @type {((inputs?: Wsw_Info_Presence_LabelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Presence_LabelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_info_presence_label(inputs)
	if (locale === "fr") return fr_wsw_info_presence_label(inputs)
	return en_wsw_info_presence_label(inputs)
});