/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Groups_TitleInputs */

const en_groups_title = /** @type {(inputs: Groups_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Groups`)
};

const de_groups_title = /** @type {(inputs: Groups_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gruppen`)
};

const fr_groups_title = /** @type {(inputs: Groups_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Groupes`)
};

/**
* | output |
* | --- |
* | "Groups" |
*
* @param {Groups_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_title = /** @type {((inputs?: Groups_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_title(inputs)
	if (locale === "fr") return fr_groups_title(inputs)
	return en_groups_title(inputs)
});