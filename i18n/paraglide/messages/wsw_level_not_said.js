/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_Level_Not_SaidInputs */

const en_wsw_level_not_said = /** @type {(inputs: Wsw_Level_Not_SaidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server did not say which level applies.`)
};

const de_wsw_level_not_said = /** @type {(inputs: Wsw_Level_Not_SaidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat nicht angegeben, welche Stufe gilt.`)
};

const fr_wsw_level_not_said = /** @type {(inputs: Wsw_Level_Not_SaidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur n’a pas indiqué quel niveau s’applique.`)
};

/**
* | output |
* | --- |
* | "The server did not say which level applies." |
*
* @param {Wsw_Level_Not_SaidInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_level_not_said = /** @type {((inputs?: Wsw_Level_Not_SaidInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Level_Not_SaidInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_level_not_said(inputs)
	if (locale === "fr") return fr_wsw_level_not_said(inputs)
	return en_wsw_level_not_said(inputs)
});