/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ uri: NonNullable<unknown> }} Contactlist_Person_Not_FoundInputs */

const en_contactlist_person_not_found = /** @type {(inputs: Contactlist_Person_Not_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.uri} was not found; search for them first.`)
};

const de_contactlist_person_not_found = /** @type {(inputs: Contactlist_Person_Not_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.uri} wurde nicht gefunden; suchen Sie zuerst nach der Person.`)
};

const fr_contactlist_person_not_found = /** @type {(inputs: Contactlist_Person_Not_FoundInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.uri} est introuvable ; recherchez d’abord cette personne.`)
};

/**
* | output |
* | --- |
* | "{uri} was not found; search for them first." |
*
* @param {Contactlist_Person_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_person_not_found = /** @type {((inputs: Contactlist_Person_Not_FoundInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_Person_Not_FoundInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contactlist_person_not_found(inputs)
	if (locale === "fr") return fr_contactlist_person_not_found(inputs)
	return en_contactlist_person_not_found(inputs)
});