/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_Cannot_ChangeInputs */

const en_activity_cannot_change = /** @type {(inputs: Activity_Cannot_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cannot be changed`)
};

const de_activity_cannot_change = /** @type {(inputs: Activity_Cannot_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kann nicht geändert werden`)
};

const fr_activity_cannot_change = /** @type {(inputs: Activity_Cannot_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ne peut pas être modifié`)
};

/**
* | output |
* | --- |
* | "Cannot be changed" |
*
* @param {Activity_Cannot_ChangeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_cannot_change = /** @type {((inputs?: Activity_Cannot_ChangeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Cannot_ChangeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_cannot_change(inputs)
	if (locale === "fr") return fr_activity_cannot_change(inputs)
	return en_activity_cannot_change(inputs)
});