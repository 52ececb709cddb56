/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_Contact_CardInputs */

const en_wsw_contact_card = /** @type {(inputs: Wsw_Contact_CardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`your contact card`)
};

const de_wsw_contact_card = /** @type {(inputs: Wsw_Contact_CardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Kontaktkarte`)
};

const fr_wsw_contact_card = /** @type {(inputs: Wsw_Contact_CardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`votre carte de contact`)
};

/**
* | output |
* | --- |
* | "your contact card" |
*
* @param {Wsw_Contact_CardInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_contact_card = /** @type {((inputs?: Wsw_Contact_CardInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Contact_CardInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_contact_card(inputs)
	if (locale === "fr") return fr_wsw_contact_card(inputs)
	return en_wsw_contact_card(inputs)
});