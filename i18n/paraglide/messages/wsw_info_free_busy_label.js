/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_Info_Free_Busy_LabelInputs */

const en_wsw_info_free_busy_label = /** @type {(inputs: Wsw_Info_Free_Busy_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`when you are free or busy`)
};

const de_wsw_info_free_busy_label = /** @type {(inputs: Wsw_Info_Free_Busy_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wann Sie frei oder beschäftigt sind`)
};

const fr_wsw_info_free_busy_label = /** @type {(inputs: Wsw_Info_Free_Busy_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`quand vous êtes libre ou occupé`)
};

/**
* | output |
* | --- |
* | "when you are free or busy" |
*
* @param {Wsw_Info_Free_Busy_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_free_busy_label = /** @type {((inputs?: Wsw_Info_Free_Busy_LabelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Info_Free_Busy_LabelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_info_free_busy_label(inputs)
	if (locale === "fr") return fr_wsw_info_free_busy_label(inputs)
	return en_wsw_info_free_busy_label(inputs)
});