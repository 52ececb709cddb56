/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Notify_Incoming_MessageInputs */

const en_notify_incoming_message = /** @type {(inputs: Notify_Incoming_MessageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Incoming message`)
};

const de_notify_incoming_message = /** @type {(inputs: Notify_Incoming_MessageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eingehende Nachricht`)
};

const fr_notify_incoming_message = /** @type {(inputs: Notify_Incoming_MessageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Message entrant`)
};

/**
* | output |
* | --- |
* | "Incoming message" |
*
* @param {Notify_Incoming_MessageInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_incoming_message = /** @type {((inputs?: Notify_Incoming_MessageInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Incoming_MessageInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_incoming_message(inputs)
	if (locale === "fr") return fr_notify_incoming_message(inputs)
	return en_notify_incoming_message(inputs)
});