/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Trust_Ntlm_RefusedInputs */

const en_trust_ntlm_refused = /** @type {(inputs: Trust_Ntlm_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server refused your Windows user name or password (NTLM). Check both and try again.`)
};

const de_trust_ntlm_refused = /** @type {(inputs: Trust_Ntlm_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat Ihren Windows-Benutzernamen oder Ihr Passwort abgelehnt (NTLM). Prüfen Sie beides und versuchen Sie es erneut.`)
};

const fr_trust_ntlm_refused = /** @type {(inputs: Trust_Ntlm_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a refusé votre nom d’utilisateur ou votre mot de passe Windows (NTLM). Vérifiez les deux et réessayez.`)
};

/**
* | output |
* | --- |
* | "The server refused your Windows user name or password (NTLM). Check both and try again." |
*
* @param {Trust_Ntlm_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_ntlm_refused = /** @type {((inputs?: Trust_Ntlm_RefusedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Ntlm_RefusedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_trust_ntlm_refused(inputs)
	if (locale === "fr") return fr_trust_ntlm_refused(inputs)
	return en_trust_ntlm_refused(inputs)
});