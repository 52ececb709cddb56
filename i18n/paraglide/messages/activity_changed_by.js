/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_Changed_ByInputs */

const en_activity_changed_by = /** @type {(inputs: Activity_Changed_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Changed by`)
};

const de_activity_changed_by = /** @type {(inputs: Activity_Changed_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geändert von`)
};

const fr_activity_changed_by = /** @type {(inputs: Activity_Changed_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Modifié par`)
};

/**
* | output |
* | --- |
* | "Changed by" |
*
* @param {Activity_Changed_ByInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_changed_by = /** @type {((inputs?: Activity_Changed_ByInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Changed_ByInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_changed_by(inputs)
	if (locale === "fr") return fr_activity_changed_by(inputs)
	return en_activity_changed_by(inputs)
});