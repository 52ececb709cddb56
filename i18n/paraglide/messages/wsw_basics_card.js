/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_Basics_CardInputs */

const en_wsw_basics_card = /** @type {(inputs: Wsw_Basics_CardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`your name, title, e-mail, company, office, picture`)
};

const de_wsw_basics_card = /** @type {(inputs: Wsw_Basics_CardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihren Namen, Titel, E-Mail, Firma, Büro, Bild`)
};

const fr_wsw_basics_card = /** @type {(inputs: Wsw_Basics_CardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`votre nom, fonction, e-mail, société, bureau, photo`)
};

/**
* | output |
* | --- |
* | "your name, title, e-mail, company, office, picture" |
*
* @param {Wsw_Basics_CardInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_basics_card = /** @type {((inputs?: Wsw_Basics_CardInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Basics_CardInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_basics_card(inputs)
	if (locale === "fr") return fr_wsw_basics_card(inputs)
	return en_wsw_basics_card(inputs)
});