/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_Was_UnknownInputs */

const en_activity_was_unknown = /** @type {(inputs: Activity_Was_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was not known`)
};

const de_activity_was_unknown = /** @type {(inputs: Activity_Was_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`War nicht bekannt`)
};

const fr_activity_was_unknown = /** @type {(inputs: Activity_Was_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`N’était pas connu`)
};

/**
* | output |
* | --- |
* | "Was not known" |
*
* @param {Activity_Was_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_was_unknown = /** @type {((inputs?: Activity_Was_UnknownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Was_UnknownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_was_unknown(inputs)
	if (locale === "fr") return fr_activity_was_unknown(inputs)
	return en_activity_was_unknown(inputs)
});