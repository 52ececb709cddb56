/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Notify_Status_OfflineInputs */

const en_notify_status_offline = /** @type {(inputs: Notify_Status_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`offline`)
};

const de_notify_status_offline = /** @type {(inputs: Notify_Status_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`offline`)
};

const fr_notify_status_offline = /** @type {(inputs: Notify_Status_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`hors ligne`)
};

/**
* | output |
* | --- |
* | "offline" |
*
* @param {Notify_Status_OfflineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_offline = /** @type {((inputs?: Notify_Status_OfflineInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Status_OfflineInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_status_offline(inputs)
	if (locale === "fr") return fr_notify_status_offline(inputs)
	return en_notify_status_offline(inputs)
});