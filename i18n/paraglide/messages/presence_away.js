/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presence_AwayInputs */

const en_presence_away = /** @type {(inputs: Presence_AwayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Away`)
};

const de_presence_away = /** @type {(inputs: Presence_AwayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abwesend`)
};

const fr_presence_away = /** @type {(inputs: Presence_AwayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Absent`)
};

/**
* | output |
* | --- |
* | "Away" |
*
* @param {Presence_AwayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_away = /** @type {((inputs?: Presence_AwayInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presence_AwayInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_presence_away(inputs)
	if (locale === "fr") return fr_presence_away(inputs)
	return en_presence_away(inputs)
});