/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Contact_Not_In_ListInputs */

const en_error_contact_not_in_list = /** @type {(inputs: Error_Contact_Not_In_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This contact is not in your list.`)
};

const de_error_contact_not_in_list = /** @type {(inputs: Error_Contact_Not_In_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Kontakt ist nicht in Ihrer Liste.`)
};

const fr_error_contact_not_in_list = /** @type {(inputs: Error_Contact_Not_In_ListInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce contact ne figure pas dans votre liste.`)
};

/**
* | output |
* | --- |
* | "This contact is not in your list." |
*
* @param {Error_Contact_Not_In_ListInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_contact_not_in_list = /** @type {((inputs?: Error_Contact_Not_In_ListInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Contact_Not_In_ListInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_contact_not_in_list(inputs)
	if (locale === "fr") return fr_error_contact_not_in_list(inputs)
	return en_error_contact_not_in_list(inputs)
});