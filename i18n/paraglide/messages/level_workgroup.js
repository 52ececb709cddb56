/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Level_WorkgroupInputs */

const en_level_workgroup = /** @type {(inputs: Level_WorkgroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Workgroup`)
};

const de_level_workgroup = /** @type {(inputs: Level_WorkgroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Arbeitsgruppe`)
};

const fr_level_workgroup = /** @type {(inputs: Level_WorkgroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Groupe de travail`)
};

/**
* | output |
* | --- |
* | "Workgroup" |
*
* @param {Level_WorkgroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const level_workgroup = /** @type {((inputs?: Level_WorkgroupInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Level_WorkgroupInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_level_workgroup(inputs)
	if (locale === "fr") return fr_level_workgroup(inputs)
	return en_level_workgroup(inputs)
});