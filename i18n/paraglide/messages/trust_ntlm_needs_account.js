/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Trust_Ntlm_Needs_AccountInputs */

const en_trust_ntlm_needs_account = /** @type {(inputs: Trust_Ntlm_Needs_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This server signs in Windows accounts with NTLM: enter your Windows user name and password.`)
};

const de_trust_ntlm_needs_account = /** @type {(inputs: Trust_Ntlm_Needs_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Server meldet Windows-Konten mit NTLM an: Geben Sie Ihren Windows-Benutzernamen und Ihr Passwort ein.`)
};

const fr_trust_ntlm_needs_account = /** @type {(inputs: Trust_Ntlm_Needs_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce serveur connecte les comptes Windows avec NTLM : saisissez votre nom d’utilisateur et votre mot de passe Windows.`)
};

/**
* | output |
* | --- |
* | "This server signs in Windows accounts with NTLM: enter your Windows user name and password." |
*
* @param {Trust_Ntlm_Needs_AccountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_ntlm_needs_account = /** @type {((inputs?: Trust_Ntlm_Needs_AccountInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Ntlm_Needs_AccountInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_trust_ntlm_needs_account(inputs)
	if (locale === "fr") return fr_trust_ntlm_needs_account(inputs)
	return en_trust_ntlm_needs_account(inputs)
});