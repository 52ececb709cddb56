/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_Username_HintInputs */

const en_signin_username_hint = /** @type {(inputs: Signin_Username_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DOMAIN\\user or user@domain, if your organisation signs you in with another name than your sign-in address.`)
};

const de_signin_username_hint = /** @type {(inputs: Signin_Username_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DOMÄNE\\benutzer oder benutzer@domäne, falls Ihre Organisation Sie mit einem anderen Namen als Ihrer Anmeldeadresse anmeldet.`)
};

const fr_signin_username_hint = /** @type {(inputs: Signin_Username_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DOMAINE\\utilisateur ou utilisateur@domaine, si votre organisation vous connecte avec un autre nom que votre adresse de connexion.`)
};

/**
* | output |
* | --- |
* | "DOMAIN\\user or user@domain, if your organisation signs you in with another name than your sign-in address." |
*
* @param {Signin_Username_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_username_hint = /** @type {((inputs?: Signin_Username_HintInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Username_HintInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_username_hint(inputs)
	if (locale === "fr") return fr_signin_username_hint(inputs)
	return en_signin_username_hint(inputs)
});