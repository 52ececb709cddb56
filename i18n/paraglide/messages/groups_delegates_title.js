/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Groups_Delegates_TitleInputs */

const en_groups_delegates_title = /** @type {(inputs: Groups_Delegates_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delegates`)
};

const de_groups_delegates_title = /** @type {(inputs: Groups_Delegates_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stellvertretungen`)
};

const fr_groups_delegates_title = /** @type {(inputs: Groups_Delegates_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Délégués`)
};

/**
* | output |
* | --- |
* | "Delegates" |
*
* @param {Groups_Delegates_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_delegates_title = /** @type {((inputs?: Groups_Delegates_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Delegates_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_delegates_title(inputs)
	if (locale === "fr") return fr_groups_delegates_title(inputs)
	return en_groups_delegates_title(inputs)
});