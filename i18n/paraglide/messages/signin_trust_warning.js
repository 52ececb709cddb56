/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_Trust_WarningInputs */

const en_signin_trust_warning = /** @type {(inputs: Signin_Trust_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only continue if your organisation told you to sign in there. Your password will be sent to it.`)
};

const de_signin_trust_warning = /** @type {(inputs: Signin_Trust_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fahren Sie nur fort, wenn Ihre Organisation Sie angewiesen hat, sich dort anzumelden. Ihr Kennwort wird an diesen Server gesendet.`)
};

const fr_signin_trust_warning = /** @type {(inputs: Signin_Trust_WarningInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ne continuez que si votre organisation vous a demandé de vous y connecter. Votre mot de passe lui sera envoyé.`)
};

/**
* | output |
* | --- |
* | "Only continue if your organisation told you to sign in there. Your password will be sent to it." |
*
* @param {Signin_Trust_WarningInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_trust_warning = /** @type {((inputs?: Signin_Trust_WarningInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Trust_WarningInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_trust_warning(inputs)
	if (locale === "fr") return fr_signin_trust_warning(inputs)
	return en_signin_trust_warning(inputs)
});