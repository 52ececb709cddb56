/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Notify_AddedInputs */

const en_notify_added = /** @type {(inputs: Notify_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} was added to your contacts`)
};

const de_notify_added = /** @type {(inputs: Notify_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} wurde zu Ihren Kontakten hinzugefügt`)
};

const fr_notify_added = /** @type {(inputs: Notify_AddedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} a été ajouté à vos contacts`)
};

/**
* | output |
* | --- |
* | "{name} was added to your contacts" |
*
* @param {Notify_AddedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_added = /** @type {((inputs: Notify_AddedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_AddedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_added(inputs)
	if (locale === "fr") return fr_notify_added(inputs)
	return en_notify_added(inputs)
});