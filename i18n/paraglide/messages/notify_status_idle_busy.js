/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Notify_Status_Idle_BusyInputs */

const en_notify_status_idle_busy = /** @type {(inputs: Notify_Status_Idle_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`busy (inactive)`)
};

const de_notify_status_idle_busy = /** @type {(inputs: Notify_Status_Idle_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`beschäftigt (inaktiv)`)
};

const fr_notify_status_idle_busy = /** @type {(inputs: Notify_Status_Idle_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`occupé (inactif)`)
};

/**
* | output |
* | --- |
* | "busy (inactive)" |
*
* @param {Notify_Status_Idle_BusyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_idle_busy = /** @type {((inputs?: Notify_Status_Idle_BusyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Status_Idle_BusyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_status_idle_busy(inputs)
	if (locale === "fr") return fr_notify_status_idle_busy(inputs)
	return en_notify_status_idle_busy(inputs)
});