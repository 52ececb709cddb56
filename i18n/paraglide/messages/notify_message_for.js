/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ whom: NonNullable<unknown> }} Notify_Message_ForInputs */

const en_notify_message_for = /** @type {(inputs: Notify_Message_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Message for ${i?.whom}`)
};

const de_notify_message_for = /** @type {(inputs: Notify_Message_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nachricht für ${i?.whom}`)
};

const fr_notify_message_for = /** @type {(inputs: Notify_Message_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Message pour ${i?.whom}`)
};

/**
* | output |
* | --- |
* | "Message for {whom}" |
*
* @param {Notify_Message_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_message_for = /** @type {((inputs: Notify_Message_ForInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Message_ForInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_message_for(inputs)
	if (locale === "fr") return fr_notify_message_for(inputs)
	return en_notify_message_for(inputs)
});