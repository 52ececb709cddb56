/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Passive_Not_CompletedInputs */

const en_passive_not_completed = /** @type {(inputs: Passive_Not_CompletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The sign-in page did not sign you in. Try again.`)
};

const de_passive_not_completed = /** @type {(inputs: Passive_Not_CompletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Anmeldeseite hat Sie nicht angemeldet. Versuchen Sie es noch einmal.`)
};

const fr_passive_not_completed = /** @type {(inputs: Passive_Not_CompletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La page de connexion ne vous a pas connecté. Réessayez.`)
};

/**
* | output |
* | --- |
* | "The sign-in page did not sign you in. Try again." |
*
* @param {Passive_Not_CompletedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_not_completed = /** @type {((inputs?: Passive_Not_CompletedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passive_Not_CompletedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_passive_not_completed(inputs)
	if (locale === "fr") return fr_passive_not_completed(inputs)
	return en_passive_not_completed(inputs)
});