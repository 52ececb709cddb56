/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Levels_IntroInputs */

const en_help_levels_intro = /** @type {(inputs: Help_Levels_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every contact has one of five relationships with you. The closer it is, the more they see. Everyone but Blocked contacts sees your name, title, e-mail, company, office and picture.`)
};

const de_help_levels_intro = /** @type {(inputs: Help_Levels_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jeder Kontakt hat eine von fünf Beziehungen zu Ihnen. Je enger sie ist, desto mehr sieht er. Alle außer blockierten Kontakten sehen Ihren Namen, Titel, Ihre E-Mail-Adresse, Firma, Ihr Büro und Ihr Bild.`)
};

const fr_help_levels_intro = /** @type {(inputs: Help_Levels_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chaque contact a l’une des cinq relations avec vous. Plus elle est proche, plus il en voit. Tous, sauf les contacts bloqués, voient votre nom, votre fonction, votre adresse e-mail, votre société, votre bureau et votre photo.`)
};

/**
* | output |
* | --- |
* | "Every contact has one of five relationships with you. The closer it is, the more they see. Everyone but Blocked contacts sees your name, title, e-mail, compa..." |
*
* @param {Help_Levels_IntroInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_levels_intro = /** @type {((inputs?: Help_Levels_IntroInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Levels_IntroInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_levels_intro(inputs)
	if (locale === "fr") return fr_help_levels_intro(inputs)
	return en_help_levels_intro(inputs)
});