/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presence_Idle_BusyInputs */

const en_presence_idle_busy = /** @type {(inputs: Presence_Idle_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Busy (inactive)`)
};

const de_presence_idle_busy = /** @type {(inputs: Presence_Idle_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beschäftigt (inaktiv)`)
};

const fr_presence_idle_busy = /** @type {(inputs: Presence_Idle_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Occupé (inactif)`)
};

/**
* | output |
* | --- |
* | "Busy (inactive)" |
*
* @param {Presence_Idle_BusyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_idle_busy = /** @type {((inputs?: Presence_Idle_BusyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presence_Idle_BusyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_presence_idle_busy(inputs)
	if (locale === "fr") return fr_presence_idle_busy(inputs)
	return en_presence_idle_busy(inputs)
});