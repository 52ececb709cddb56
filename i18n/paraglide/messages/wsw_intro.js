/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_IntroInputs */

const en_wsw_intro = /** @type {(inputs: Wsw_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What each of your contacts can see about you, from the relationship you have with them. Moving people down a level shows them less; Undo brings them back.`)
};

const de_wsw_intro = /** @type {(inputs: Wsw_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was jeder Ihrer Kontakte über Sie sehen kann, je nach der Beziehung, die Sie mit ihm haben. Wer eine Stufe herabgesetzt wird, sieht weniger; „Rückgängig“ stellt es wieder her.`)
};

const fr_wsw_intro = /** @type {(inputs: Wsw_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce que chacun de vos contacts peut voir de vous, selon la relation que vous avez avec lui. Descendre quelqu’un d’un niveau lui en montre moins ; Annuler le rétablit.`)
};

/**
* | output |
* | --- |
* | "What each of your contacts can see about you, from the relationship you have with them. Moving people down a level shows them less; Undo brings them back." |
*
* @param {Wsw_IntroInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_intro = /** @type {((inputs?: Wsw_IntroInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_IntroInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_intro(inputs)
	if (locale === "fr") return fr_wsw_intro(inputs)
	return en_wsw_intro(inputs)
});