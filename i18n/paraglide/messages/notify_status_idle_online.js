/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Notify_Status_Idle_OnlineInputs */

const en_notify_status_idle_online = /** @type {(inputs: Notify_Status_Idle_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`available (inactive)`)
};

const de_notify_status_idle_online = /** @type {(inputs: Notify_Status_Idle_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`verfügbar (inaktiv)`)
};

const fr_notify_status_idle_online = /** @type {(inputs: Notify_Status_Idle_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`disponible (inactif)`)
};

/**
* | output |
* | --- |
* | "available (inactive)" |
*
* @param {Notify_Status_Idle_OnlineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_idle_online = /** @type {((inputs?: Notify_Status_Idle_OnlineInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Status_Idle_OnlineInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_status_idle_online(inputs)
	if (locale === "fr") return fr_notify_status_idle_online(inputs)
	return en_notify_status_idle_online(inputs)
});