/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_Passive_HintInputs */

const en_signin_passive_hint = /** @type {(inputs: Signin_Passive_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your organisation's sign-in page opens in its own window.`)
};

const de_signin_passive_hint = /** @type {(inputs: Signin_Passive_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Anmeldeseite Ihrer Organisation öffnet sich in einem eigenen Fenster.`)
};

const fr_signin_passive_hint = /** @type {(inputs: Signin_Passive_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La page de connexion de votre organisation s’ouvre dans sa propre fenêtre.`)
};

/**
* | output |
* | --- |
* | "Your organisation's sign-in page opens in its own window." |
*
* @param {Signin_Passive_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_passive_hint = /** @type {((inputs?: Signin_Passive_HintInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Passive_HintInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_passive_hint(inputs)
	if (locale === "fr") return fr_signin_passive_hint(inputs)
	return en_signin_passive_hint(inputs)
});