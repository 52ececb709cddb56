/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Notify_RemovedInputs */

const en_notify_removed = /** @type {(inputs: Notify_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} was removed from your contacts`)
};

const de_notify_removed = /** @type {(inputs: Notify_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} wurde aus Ihren Kontakten entfernt`)
};

const fr_notify_removed = /** @type {(inputs: Notify_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} a été retiré de vos contacts`)
};

/**
* | output |
* | --- |
* | "{name} was removed from your contacts" |
*
* @param {Notify_RemovedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_removed = /** @type {((inputs: Notify_RemovedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_RemovedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_removed(inputs)
	if (locale === "fr") return fr_notify_removed(inputs)
	return en_notify_removed(inputs)
});