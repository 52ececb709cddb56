/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ first: NonNullable<unknown>, second: NonNullable<unknown> }} Notify_List_TwoInputs */

const en_notify_list_two = /** @type {(inputs: Notify_List_TwoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.first} and ${i?.second}`)
};

const de_notify_list_two = /** @type {(inputs: Notify_List_TwoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.first} und ${i?.second}`)
};

const fr_notify_list_two = /** @type {(inputs: Notify_List_TwoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.first} et ${i?.second}`)
};

/**
* | output |
* | --- |
* | "{first} and {second}" |
*
* @param {Notify_List_TwoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_list_two = /** @type {((inputs: Notify_List_TwoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_List_TwoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_list_two(inputs)
	if (locale === "fr") return fr_notify_list_two(inputs)
	return en_notify_list_two(inputs)
});