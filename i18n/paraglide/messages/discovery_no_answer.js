/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ domain: NonNullable<unknown>, hosts: NonNullable<unknown> }} Discovery_No_AnswerInputs */

const en_discovery_no_answer = /** @type {(inputs: Discovery_No_AnswerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No Skype for Business server answered for ${i?.domain}. Tried: ${i?.hosts}.`)
};

const de_discovery_no_answer = /** @type {(inputs: Discovery_No_AnswerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Für ${i?.domain} hat kein Skype for Business-Server geantwortet. Versucht: ${i?.hosts}.`)
};

const fr_discovery_no_answer = /** @type {(inputs: Discovery_No_AnswerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Aucun serveur Skype for Business n’a répondu pour ${i?.domain}. Essayé : ${i?.hosts}.`)
};

/**
* | output |
* | --- |
* | "No Skype for Business server answered for {domain}. Tried: {hosts}." |
*
* @param {Discovery_No_AnswerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const discovery_no_answer = /** @type {((inputs: Discovery_No_AnswerInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Discovery_No_AnswerInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_discovery_no_answer(inputs)
	if (locale === "fr") return fr_discovery_no_answer(inputs)
	return en_discovery_no_answer(inputs)
});