/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Notify_Status_Do_Not_DisturbInputs */

const en_notify_status_do_not_disturb = /** @type {(inputs: Notify_Status_Do_Not_DisturbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`on Do Not Disturb`)
};

const de_notify_status_do_not_disturb = /** @type {(inputs: Notify_Status_Do_Not_DisturbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`auf „Nicht stören“`)
};

const fr_notify_status_do_not_disturb = /** @type {(inputs: Notify_Status_Do_Not_DisturbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`en mode Ne pas déranger`)
};

/**
* | output |
* | --- |
* | "on Do Not Disturb" |
*
* @param {Notify_Status_Do_Not_DisturbInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_do_not_disturb = /** @type {((inputs?: Notify_Status_Do_Not_DisturbInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Status_Do_Not_DisturbInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_status_do_not_disturb(inputs)
	if (locale === "fr") return fr_notify_status_do_not_disturb(inputs)
	return en_notify_status_do_not_disturb(inputs)
});