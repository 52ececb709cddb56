/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Notify_Status_UnknownInputs */

const en_notify_status_unknown = /** @type {(inputs: Notify_Status_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`unknown`)
};

const de_notify_status_unknown = /** @type {(inputs: Notify_Status_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`unbekannt`)
};

const fr_notify_status_unknown = /** @type {(inputs: Notify_Status_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`inconnu`)
};

/**
* | output |
* | --- |
* | "unknown" |
*
* @param {Notify_Status_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_unknown = /** @type {((inputs?: Notify_Status_UnknownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Status_UnknownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_status_unknown(inputs)
	if (locale === "fr") return fr_notify_status_unknown(inputs)
	return en_notify_status_unknown(inputs)
});