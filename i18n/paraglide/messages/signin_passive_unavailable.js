/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_Passive_UnavailableInputs */

const en_signin_passive_unavailable = /** @type {(inputs: Signin_Passive_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signing in with your organisation's page is not available yet.`)
};

const de_signin_passive_unavailable = /** @type {(inputs: Signin_Passive_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Anmeldung über die Seite Ihrer Organisation ist noch nicht verfügbar.`)
};

const fr_signin_passive_unavailable = /** @type {(inputs: Signin_Passive_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La connexion par la page de votre organisation n’est pas encore disponible.`)
};

/**
* | output |
* | --- |
* | "Signing in with your organisation's page is not available yet." |
*
* @param {Signin_Passive_UnavailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_passive_unavailable = /** @type {((inputs?: Signin_Passive_UnavailableInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Passive_UnavailableInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_passive_unavailable(inputs)
	if (locale === "fr") return fr_signin_passive_unavailable(inputs)
	return en_signin_passive_unavailable(inputs)
});