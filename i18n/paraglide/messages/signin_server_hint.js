/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_Server_HintInputs */

const en_signin_server_hint = /** @type {(inputs: Signin_Server_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leave empty to find the server automatically, or enter its name or discovery URL.`)
};

const de_signin_server_hint = /** @type {(inputs: Signin_Server_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leer lassen, um den Server automatisch zu finden, oder seinen Namen oder seine Discovery-URL eingeben.`)
};

const fr_signin_server_hint = /** @type {(inputs: Signin_Server_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laissez vide pour trouver le serveur automatiquement, ou saisissez son nom ou son URL de découverte.`)
};

/**
* | output |
* | --- |
* | "Leave empty to find the server automatically, or enter its name or discovery URL." |
*
* @param {Signin_Server_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_server_hint = /** @type {((inputs?: Signin_Server_HintInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Server_HintInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_server_hint(inputs)
	if (locale === "fr") return fr_signin_server_hint(inputs)
	return en_signin_server_hint(inputs)
});