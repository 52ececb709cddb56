/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_Basics_UnknownInputs */

const en_wsw_basics_unknown = /** @type {(inputs: Wsw_Basics_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`what the server allows: it did not say which level applies`)
};

const de_wsw_basics_unknown = /** @type {(inputs: Wsw_Basics_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`das, was der Server zulässt: Er hat nicht angegeben, welche Stufe gilt`)
};

const fr_wsw_basics_unknown = /** @type {(inputs: Wsw_Basics_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ce que le serveur autorise : il n’a pas indiqué quel niveau s’applique`)
};

/**
* | output |
* | --- |
* | "what the server allows: it did not say which level applies" |
*
* @param {Wsw_Basics_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_basics_unknown = /** @type {((inputs?: Wsw_Basics_UnknownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Basics_UnknownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_basics_unknown(inputs)
	if (locale === "fr") return fr_wsw_basics_unknown(inputs)
	return en_wsw_basics_unknown(inputs)
});