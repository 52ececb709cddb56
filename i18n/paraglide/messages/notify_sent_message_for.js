/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ from: NonNullable<unknown>, whom: NonNullable<unknown>, subject: NonNullable<unknown> }} Notify_Sent_Message_ForInputs */

const en_notify_sent_message_for = /** @type {(inputs: Notify_Sent_Message_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} sent a message for ${i?.whom}${i?.subject}. Answer in Skype for Business.`)
};

const de_notify_sent_message_for = /** @type {(inputs: Notify_Sent_Message_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} hat eine Nachricht für ${i?.whom} gesendet${i?.subject}. Antworten Sie in Skype for Business.`)
};

const fr_notify_sent_message_for = /** @type {(inputs: Notify_Sent_Message_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} a envoyé un message pour ${i?.whom}${i?.subject}. Répondez dans Skype for Business.`)
};

/**
* | output |
* | --- |
* | "{from} sent a message for {whom}{subject}. Answer in Skype for Business." |
*
* @param {Notify_Sent_Message_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_sent_message_for = /** @type {((inputs: Notify_Sent_Message_ForInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Sent_Message_ForInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_sent_message_for(inputs)
	if (locale === "fr") return fr_notify_sent_message_for(inputs)
	return en_notify_sent_message_for(inputs)
});