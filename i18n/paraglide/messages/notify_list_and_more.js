/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ list: NonNullable<unknown>, rest: NonNullable<unknown> }} Notify_List_And_MoreInputs */

const en_notify_list_and_more = /** @type {(inputs: Notify_List_And_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list} and ${i?.rest} more`)
};

const de_notify_list_and_more = /** @type {(inputs: Notify_List_And_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list} und ${i?.rest} weitere`)
};

const fr_notify_list_and_more = /** @type {(inputs: Notify_List_And_MoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list} et ${i?.rest} de plus`)
};

/**
* | output |
* | --- |
* | "{list} and {rest} more" |
*
* @param {Notify_List_And_MoreInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_list_and_more = /** @type {((inputs: Notify_List_And_MoreInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_List_And_MoreInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_list_and_more(inputs)
	if (locale === "fr") return fr_notify_list_and_more(inputs)
	return en_notify_list_and_more(inputs)
});