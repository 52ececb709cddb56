/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contacts_Row_SelectedInputs */

const en_contacts_row_selected = /** @type {(inputs: Contacts_Row_SelectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`selected`)
};

const de_contacts_row_selected = /** @type {(inputs: Contacts_Row_SelectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ausgewählt`)
};

const fr_contacts_row_selected = /** @type {(inputs: Contacts_Row_SelectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sélectionné`)
};

/**
* | output |
* | --- |
* | "selected" |
*
* @param {Contacts_Row_SelectedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_row_selected = /** @type {((inputs?: Contacts_Row_SelectedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Row_SelectedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contacts_row_selected(inputs)
	if (locale === "fr") return fr_contacts_row_selected(inputs)
	return en_contacts_row_selected(inputs)
});