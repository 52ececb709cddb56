/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contactlist_No_SearchInputs */

const en_contactlist_no_search = /** @type {(inputs: Contactlist_No_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your server does not offer search to apps.`)
};

const de_contactlist_no_search = /** @type {(inputs: Contactlist_No_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Server bietet Apps keine Suche an.`)
};

const fr_contactlist_no_search = /** @type {(inputs: Contactlist_No_SearchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre serveur ne propose pas la recherche aux applications.`)
};

/**
* | output |
* | --- |
* | "Your server does not offer search to apps." |
*
* @param {Contactlist_No_SearchInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_no_search = /** @type {((inputs?: Contactlist_No_SearchInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_No_SearchInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contactlist_no_search(inputs)
	if (locale === "fr") return fr_contactlist_no_search(inputs)
	return en_contactlist_no_search(inputs)
});