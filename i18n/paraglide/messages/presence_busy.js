/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presence_BusyInputs */

const en_presence_busy = /** @type {(inputs: Presence_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Busy`)
};

const de_presence_busy = /** @type {(inputs: Presence_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beschäftigt`)
};

const fr_presence_busy = /** @type {(inputs: Presence_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Occupé`)
};

/**
* | output |
* | --- |
* | "Busy" |
*
* @param {Presence_BusyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_busy = /** @type {((inputs?: Presence_BusyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presence_BusyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_presence_busy(inputs)
	if (locale === "fr") return fr_presence_busy(inputs)
	return en_presence_busy(inputs)
});