/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Trust_Insecure_UnnamedInputs */

const en_trust_insecure_unnamed = /** @type {(inputs: Trust_Insecure_UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a server does not use a secure (https) connection, so nothing was sent to it.`)
};

const de_trust_insecure_unnamed = /** @type {(inputs: Trust_Insecure_UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein Server verwendet keine sichere (https-)Verbindung, daher wurde nichts dorthin gesendet.`)
};

const fr_trust_insecure_unnamed = /** @type {(inputs: Trust_Insecure_UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un serveur n’utilise pas de connexion sécurisée (https) : rien ne lui a donc été envoyé.`)
};

/**
* | output |
* | --- |
* | "a server does not use a secure (https) connection, so nothing was sent to it." |
*
* @param {Trust_Insecure_UnnamedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_insecure_unnamed = /** @type {((inputs?: Trust_Insecure_UnnamedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Insecure_UnnamedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_trust_insecure_unnamed(inputs)
	if (locale === "fr") return fr_trust_insecure_unnamed(inputs)
	return en_trust_insecure_unnamed(inputs)
});