/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Notify_Now_BlockedInputs */

const en_notify_now_blocked = /** @type {(inputs: Notify_Now_BlockedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} is now blocked`)
};

const de_notify_now_blocked = /** @type {(inputs: Notify_Now_BlockedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} ist jetzt blockiert`)
};

const fr_notify_now_blocked = /** @type {(inputs: Notify_Now_BlockedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} est maintenant bloqué`)
};

/**
* | output |
* | --- |
* | "{name} is now blocked" |
*
* @param {Notify_Now_BlockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_now_blocked = /** @type {((inputs: Notify_Now_BlockedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Now_BlockedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_now_blocked(inputs)
	if (locale === "fr") return fr_notify_now_blocked(inputs)
	return en_notify_now_blocked(inputs)
});