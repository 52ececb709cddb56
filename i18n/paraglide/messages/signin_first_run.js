/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_First_RunInputs */

const en_signin_first_run = /** @type {(inputs: Signin_First_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No server yet? Try the app with a built-in demo server and 40 sample contacts.`)
};

const de_signin_first_run = /** @type {(inputs: Signin_First_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noch kein Server? Probieren Sie die App mit einem eingebauten Demo-Server und 40 Beispielkontakten aus.`)
};

const fr_signin_first_run = /** @type {(inputs: Signin_First_RunInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pas encore de serveur ? Essayez l’application avec un serveur de démonstration intégré et 40 contacts d’exemple.`)
};

/**
* | output |
* | --- |
* | "No server yet? Try the app with a built-in demo server and 40 sample contacts." |
*
* @param {Signin_First_RunInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_first_run = /** @type {((inputs?: Signin_First_RunInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_First_RunInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_first_run(inputs)
	if (locale === "fr") return fr_signin_first_run(inputs)
	return en_signin_first_run(inputs)
});