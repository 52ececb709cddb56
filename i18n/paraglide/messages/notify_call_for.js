/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ whom: NonNullable<unknown> }} Notify_Call_ForInputs */

const en_notify_call_for = /** @type {(inputs: Notify_Call_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Call for ${i?.whom}`)
};

const de_notify_call_for = /** @type {(inputs: Notify_Call_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Anruf für ${i?.whom}`)
};

const fr_notify_call_for = /** @type {(inputs: Notify_Call_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Appel pour ${i?.whom}`)
};

/**
* | output |
* | --- |
* | "Call for {whom}" |
*
* @param {Notify_Call_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_call_for = /** @type {((inputs: Notify_Call_ForInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Call_ForInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_call_for(inputs)
	if (locale === "fr") return fr_notify_call_for(inputs)
	return en_notify_call_for(inputs)
});