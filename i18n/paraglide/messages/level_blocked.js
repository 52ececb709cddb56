/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Level_BlockedInputs */

const en_level_blocked = /** @type {(inputs: Level_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Blocked`)
};

const de_level_blocked = /** @type {(inputs: Level_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Blockiert`)
};

const fr_level_blocked = /** @type {(inputs: Level_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bloqué`)
};

/**
* | output |
* | --- |
* | "Blocked" |
*
* @param {Level_BlockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const level_blocked = /** @type {((inputs?: Level_BlockedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Level_BlockedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_level_blocked(inputs)
	if (locale === "fr") return fr_level_blocked(inputs)
	return en_level_blocked(inputs)
});