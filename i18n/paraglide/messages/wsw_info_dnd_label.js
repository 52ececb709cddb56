/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_Info_Dnd_LabelInputs */

const en_wsw_info_dnd_label = /** @type {(inputs: Wsw_Info_Dnd_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a way to reach you on Do Not Disturb`)
};

const de_wsw_info_dnd_label = /** @type {(inputs: Wsw_Info_Dnd_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`eine Möglichkeit, Sie bei „Nicht stören“ zu erreichen`)
};

const fr_wsw_info_dnd_label = /** @type {(inputs: Wsw_Info_Dnd_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`un moyen de vous joindre en mode Ne pas déranger`)
};

/**
* | output |
* | --- |
* | "a way to reach you on Do Not Disturb" |
*
* @param {Wsw_Info_Dnd_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_dnd_label = /** @type {((inputs?: Wsw_Info_Dnd_LabelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Dnd_LabelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_info_dnd_label(inputs)
	if (locale === "fr") return fr_wsw_info_dnd_label(inputs)
	return en_wsw_info_dnd_label(inputs)
});