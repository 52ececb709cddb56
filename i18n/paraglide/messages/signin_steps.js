/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_StepsInputs */

const en_signin_steps = /** @type {(inputs: Signin_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signing in`)
};

const de_signin_steps = /** @type {(inputs: Signin_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anmeldung läuft`)
};

const fr_signin_steps = /** @type {(inputs: Signin_StepsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Connexion en cours`)
};

/**
* | output |
* | --- |
* | "Signing in" |
*
* @param {Signin_StepsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_steps = /** @type {((inputs?: Signin_StepsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_StepsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_steps(inputs)
	if (locale === "fr") return fr_signin_steps(inputs)
	return en_signin_steps(inputs)
});