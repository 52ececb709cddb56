/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_ChangeInputs */

const en_activity_change = /** @type {(inputs: Activity_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Change`)
};

const de_activity_change = /** @type {(inputs: Activity_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Änderung`)
};

const fr_activity_change = /** @type {(inputs: Activity_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Changement`)
};

/**
* | output |
* | --- |
* | "Change" |
*
* @param {Activity_ChangeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_change = /** @type {((inputs?: Activity_ChangeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_ChangeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_change(inputs)
	if (locale === "fr") return fr_activity_change(inputs)
	return en_activity_change(inputs)
});