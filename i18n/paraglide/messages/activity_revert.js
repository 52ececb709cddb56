/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_RevertInputs */

const en_activity_revert = /** @type {(inputs: Activity_RevertInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revert`)
};

const de_activity_revert = /** @type {(inputs: Activity_RevertInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zurücksetzen`)
};

const fr_activity_revert = /** @type {(inputs: Activity_RevertInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rétablir`)
};

/**
* | output |
* | --- |
* | "Revert" |
*
* @param {Activity_RevertInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_revert = /** @type {((inputs?: Activity_RevertInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_RevertInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_revert(inputs)
	if (locale === "fr") return fr_activity_revert(inputs)
	return en_activity_revert(inputs)
});