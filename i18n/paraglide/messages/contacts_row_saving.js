/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contacts_Row_SavingInputs */

const en_contacts_row_saving = /** @type {(inputs: Contacts_Row_SavingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`saving`)
};

const de_contacts_row_saving = /** @type {(inputs: Contacts_Row_SavingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wird gespeichert`)
};

const fr_contacts_row_saving = /** @type {(inputs: Contacts_Row_SavingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`enregistrement en cours`)
};

/**
* | output |
* | --- |
* | "saving" |
*
* @param {Contacts_Row_SavingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_row_saving = /** @type {((inputs?: Contacts_Row_SavingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Row_SavingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contacts_row_saving(inputs)
	if (locale === "fr") return fr_contacts_row_saving(inputs)
	return en_contacts_row_saving(inputs)
});