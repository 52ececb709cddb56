/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ from: NonNullable<unknown>, subject: NonNullable<unknown> }} Notify_Is_CallingInputs */

const en_notify_is_calling = /** @type {(inputs: Notify_Is_CallingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} is calling${i?.subject}. Answer in Skype for Business.`)
};

const de_notify_is_calling = /** @type {(inputs: Notify_Is_CallingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} ruft an${i?.subject}. Antworten Sie in Skype for Business.`)
};

const fr_notify_is_calling = /** @type {(inputs: Notify_Is_CallingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} appelle${i?.subject}. Répondez dans Skype for Business.`)
};

/**
* | output |
* | --- |
* | "{from} is calling{subject}. Answer in Skype for Business." |
*
* @param {Notify_Is_CallingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_is_calling = /** @type {((inputs: Notify_Is_CallingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Is_CallingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_is_calling(inputs)
	if (locale === "fr") return fr_notify_is_calling(inputs)
	return en_notify_is_calling(inputs)
});