/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ from: NonNullable<unknown>, subject: NonNullable<unknown> }} Notify_Sent_MessageInputs */

const en_notify_sent_message = /** @type {(inputs: Notify_Sent_MessageInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} sent a message${i?.subject}. Answer in Skype for Business.`)
};

const de_notify_sent_message = /** @type {(inputs: Notify_Sent_MessageInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} hat eine Nachricht gesendet${i?.subject}. Antworten Sie in Skype for Business.`)
};

const fr_notify_sent_message = /** @type {(inputs: Notify_Sent_MessageInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} a envoyé un message${i?.subject}. Répondez dans Skype for Business.`)
};

/**
* | output |
* | --- |
* | "{from} sent a message{subject}. Answer in Skype for Business." |
*
* @param {Notify_Sent_MessageInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_sent_message = /** @type {((inputs: Notify_Sent_MessageInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Sent_MessageInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_sent_message(inputs)
	if (locale === "fr") return fr_notify_sent_message(inputs)
	return en_notify_sent_message(inputs)
});