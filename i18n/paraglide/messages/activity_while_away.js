/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_While_AwayInputs */

const en_activity_while_away = /** @type {(inputs: Activity_While_AwayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`While you were away`)
};

const de_activity_while_away = /** @type {(inputs: Activity_While_AwayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Während Ihrer Abwesenheit`)
};

const fr_activity_while_away = /** @type {(inputs: Activity_While_AwayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pendant votre absence`)
};

/**
* | output |
* | --- |
* | "While you were away" |
*
* @param {Activity_While_AwayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_while_away = /** @type {((inputs?: Activity_While_AwayInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_While_AwayInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_while_away(inputs)
	if (locale === "fr") return fr_activity_while_away(inputs)
	return en_activity_while_away(inputs)
});