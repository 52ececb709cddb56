/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contactlist_No_Such_GroupInputs */

const en_contactlist_no_such_group = /** @type {(inputs: Contactlist_No_Such_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That group is no longer in your contact list.`)
};

const de_contactlist_no_such_group = /** @type {(inputs: Contactlist_No_Such_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diese Gruppe ist nicht mehr in Ihrer Kontaktliste.`)
};

const fr_contactlist_no_such_group = /** @type {(inputs: Contactlist_No_Such_GroupInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce groupe ne figure plus dans votre liste de contacts.`)
};

/**
* | output |
* | --- |
* | "That group is no longer in your contact list." |
*
* @param {Contactlist_No_Such_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_no_such_group = /** @type {((inputs?: Contactlist_No_Such_GroupInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_No_Such_GroupInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contactlist_no_such_group(inputs)
	if (locale === "fr") return fr_contactlist_no_such_group(inputs)
	return en_contactlist_no_such_group(inputs)
});