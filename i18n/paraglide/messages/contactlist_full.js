/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contactlist_FullInputs */

const en_contactlist_full = /** @type {(inputs: Contactlist_FullInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your contact list is full: the server allows no more contacts. Remove someone first.`)
};

const de_contactlist_full = /** @type {(inputs: Contactlist_FullInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Kontaktliste ist voll: Der Server erlaubt keine weiteren Kontakte. Entfernen Sie zuerst jemanden.`)
};

const fr_contactlist_full = /** @type {(inputs: Contactlist_FullInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre liste de contacts est pleine : le serveur n’accepte plus de contacts. Retirez d’abord quelqu’un.`)
};

/**
* | output |
* | --- |
* | "Your contact list is full: the server allows no more contacts. Remove someone first." |
*
* @param {Contactlist_FullInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_full = /** @type {((inputs?: Contactlist_FullInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_FullInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contactlist_full(inputs)
	if (locale === "fr") return fr_contactlist_full(inputs)
	return en_contactlist_full(inputs)
});