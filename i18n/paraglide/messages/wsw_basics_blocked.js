/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Wsw_Basics_BlockedInputs */

const en_wsw_basics_blocked = /** @type {(inputs: Wsw_Basics_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`only your name and e-mail address, and they cannot reach you`)
};

const de_wsw_basics_blocked = /** @type {(inputs: Wsw_Basics_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nur Ihren Namen und Ihre E-Mail-Adresse, ohne Sie erreichen zu können`)
};

const fr_wsw_basics_blocked = /** @type {(inputs: Wsw_Basics_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`uniquement votre nom et votre adresse e-mail, sans pouvoir vous joindre`)
};

/**
* | output |
* | --- |
* | "only your name and e-mail address, and they cannot reach you" |
*
* @param {Wsw_Basics_BlockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_basics_blocked = /** @type {((inputs?: Wsw_Basics_BlockedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_Basics_BlockedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_basics_blocked(inputs)
	if (locale === "fr") return fr_wsw_basics_blocked(inputs)
	return en_wsw_basics_blocked(inputs)
});