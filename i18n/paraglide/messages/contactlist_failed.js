/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contactlist_FailedInputs */

const en_contactlist_failed = /** @type {(inputs: Contactlist_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your contact groups could not be read. They are tried again on the next change.`)
};

const de_contactlist_failed = /** @type {(inputs: Contactlist_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Kontaktgruppen konnten nicht gelesen werden. Bei der nächsten Änderung wird es erneut versucht.`)
};

const fr_contactlist_failed = /** @type {(inputs: Contactlist_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vos groupes de contacts n’ont pas pu être lus. Une nouvelle tentative aura lieu à la prochaine modification.`)
};

/**
* | output |
* | --- |
* | "Your contact groups could not be read. They are tried again on the next change." |
*
* @param {Contactlist_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_failed = /** @type {((inputs?: Contactlist_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contactlist_failed(inputs)
	if (locale === "fr") return fr_contactlist_failed(inputs)
	return en_contactlist_failed(inputs)
});