/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Delegates_AreInputs */

const en_help_delegates_are = /** @type {(inputs: Help_Delegates_AreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` are the people who may answer your calls;`)
};

const de_help_delegates_are = /** @type {(inputs: Help_Delegates_AreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` sind die Personen, die Ihre Anrufe annehmen dürfen;`)
};

const fr_help_delegates_are = /** @type {(inputs: Help_Delegates_AreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (` : les personnes qui peuvent répondre à vos appels ;`)
};

/**
* | output |
* | --- |
* | "are the people who may answer your calls;" |
*
* @param {Help_Delegates_AreInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_delegates_are = /** @type {((inputs?: Help_Delegates_AreInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Delegates_AreInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_delegates_are(inputs)
	if (locale === "fr") return fr_help_delegates_are(inputs)
	return en_help_delegates_are(inputs)
});