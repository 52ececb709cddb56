/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Notify_Incoming_CallInputs */

const en_notify_incoming_call = /** @type {(inputs: Notify_Incoming_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Incoming call`)
};

const de_notify_incoming_call = /** @type {(inputs: Notify_Incoming_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eingehender Anruf`)
};

const fr_notify_incoming_call = /** @type {(inputs: Notify_Incoming_CallInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Appel entrant`)
};

/**
* | output |
* | --- |
* | "Incoming call" |
*
* @param {Notify_Incoming_CallInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_incoming_call = /** @type {((inputs?: Notify_Incoming_CallInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Incoming_CallInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_incoming_call(inputs)
	if (locale === "fr") return fr_notify_incoming_call(inputs)
	return en_notify_incoming_call(inputs)
});