/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_Reach_DndInputs */

const en_wsw_reach_dnd = /** @type {(inputs: Wsw_Reach_DndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Can reach you on Do Not Disturb.`)
};

const de_wsw_reach_dnd = /** @type {(inputs: Wsw_Reach_DndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kann Sie bei „Nicht stören“ erreichen.`)
};

const fr_wsw_reach_dnd = /** @type {(inputs: Wsw_Reach_DndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Peut vous joindre en mode Ne pas déranger.`)
};

/**
* | output |
* | --- |
* | "Can reach you on Do Not Disturb." |
*
* @param {Wsw_Reach_DndInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_reach_dnd = /** @type {((inputs?: Wsw_Reach_DndInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Reach_DndInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_reach_dnd(inputs)
	if (locale === "fr") return fr_wsw_reach_dnd(inputs)
	return en_wsw_reach_dnd(inputs)
});