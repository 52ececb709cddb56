/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_CaptionInputs */

const en_activity_caption = /** @type {(inputs: Activity_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Relationship changes, newest first`)
};

const de_activity_caption = /** @type {(inputs: Activity_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beziehungsänderungen, neueste zuerst`)
};

const fr_activity_caption = /** @type {(inputs: Activity_CaptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Changements de relation, les plus récents d’abord`)
};

/**
* | output |
* | --- |
* | "Relationship changes, newest first" |
*
* @param {Activity_CaptionInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_caption = /** @type {((inputs?: Activity_CaptionInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_CaptionInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_caption(inputs)
	if (locale === "fr") return fr_activity_caption(inputs)
	return en_activity_caption(inputs)
});