/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contacts_Sort_Last_ChangeInputs */

const en_contacts_sort_last_change = /** @type {(inputs: Contacts_Sort_Last_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`by last change`)
};

const de_contacts_sort_last_change = /** @type {(inputs: Contacts_Sort_Last_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nach letzter Änderung`)
};

const fr_contacts_sort_last_change = /** @type {(inputs: Contacts_Sort_Last_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`par dernière modification`)
};

/**
* | output |
* | --- |
* | "by last change" |
*
* @param {Contacts_Sort_Last_ChangeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_sort_last_change = /** @type {((inputs?: Contacts_Sort_Last_ChangeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Sort_Last_ChangeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contacts_sort_last_change(inputs)
	if (locale === "fr") return fr_contacts_sort_last_change(inputs)
	return en_contacts_sort_last_change(inputs)
});