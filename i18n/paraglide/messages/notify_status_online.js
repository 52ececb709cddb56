/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Notify_Status_OnlineInputs */

const en_notify_status_online = /** @type {(inputs: Notify_Status_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`available`)
};

const de_notify_status_online = /** @type {(inputs: Notify_Status_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`verfügbar`)
};

const fr_notify_status_online = /** @type {(inputs: Notify_Status_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`disponible`)
};

/**
* | output |
* | --- |
* | "available" |
*
* @param {Notify_Status_OnlineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_online = /** @type {((inputs?: Notify_Status_OnlineInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Status_OnlineInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_status_online(inputs)
	if (locale === "fr") return fr_notify_status_online(inputs)
	return en_notify_status_online(inputs)
});