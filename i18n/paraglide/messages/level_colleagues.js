/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Level_ColleaguesInputs */

const en_level_colleagues = /** @type {(inputs: Level_ColleaguesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Colleagues`)
};

const de_level_colleagues = /** @type {(inputs: Level_ColleaguesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kollegen`)
};

const fr_level_colleagues = /** @type {(inputs: Level_ColleaguesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Collègues`)
};

/**
* | output |
* | --- |
* | "Colleagues" |
*
* @param {Level_ColleaguesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const level_colleagues = /** @type {((inputs?: Level_ColleaguesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Level_ColleaguesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_level_colleagues(inputs)
	if (locale === "fr") return fr_level_colleagues(inputs)
	return en_level_colleagues(inputs)
});