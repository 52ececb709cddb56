/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Contacts_Select_ShownInputs */

const en_contacts_select_shown = /** @type {(inputs: Contacts_Select_ShownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Select all ${i?.n}`)
};

const de_contacts_select_shown = /** @type {(inputs: Contacts_Select_ShownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Alle ${i?.n} auswählen`)
};

const fr_contacts_select_shown = /** @type {(inputs: Contacts_Select_ShownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sélectionner les ${i?.n}`)
};

/**
* | output |
* | --- |
* | "Select all {n}" |
*
* @param {Contacts_Select_ShownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_select_shown = /** @type {((inputs: Contacts_Select_ShownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Select_ShownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contacts_select_shown(inputs)
	if (locale === "fr") return fr_contacts_select_shown(inputs)
	return en_contacts_select_shown(inputs)
});