/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ from: NonNullable<unknown>, whom: NonNullable<unknown>, subject: NonNullable<unknown> }} Notify_Is_Calling_ForInputs */

const en_notify_is_calling_for = /** @type {(inputs: Notify_Is_Calling_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} is calling for ${i?.whom}${i?.subject}. Answer in Skype for Business.`)
};

const de_notify_is_calling_for = /** @type {(inputs: Notify_Is_Calling_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} ruft für ${i?.whom} an${i?.subject}. Antworten Sie in Skype for Business.`)
};

const fr_notify_is_calling_for = /** @type {(inputs: Notify_Is_Calling_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} appelle pour ${i?.whom}${i?.subject}. Répondez dans Skype for Business.`)
};

/**
* | output |
* | --- |
* | "{from} is calling for {whom}{subject}. Answer in Skype for Business." |
*
* @param {Notify_Is_Calling_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_is_calling_for = /** @type {((inputs: Notify_Is_Calling_ForInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Is_Calling_ForInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_is_calling_for(inputs)
	if (locale === "fr") return fr_notify_is_calling_for(inputs)
	return en_notify_is_calling_for(inputs)
});