/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Err_Untrusted_HostInputs */

const en_err_untrusted_host = /** @type {(inputs: Err_Untrusted_HostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server pointed somewhere else`)
};

const de_err_untrusted_host = /** @type {(inputs: Err_Untrusted_HostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat auf eine andere Adresse verwiesen`)
};

const fr_err_untrusted_host = /** @type {(inputs: Err_Untrusted_HostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a renvoyé vers une autre adresse`)
};

/**
* | output |
* | --- |
* | "The server pointed somewhere else" |
*
* @param {Err_Untrusted_HostInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_untrusted_host = /** @type {((inputs?: Err_Untrusted_HostInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Untrusted_HostInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_err_untrusted_host(inputs)
	if (locale === "fr") return fr_err_untrusted_host(inputs)
	return en_err_untrusted_host(inputs)
});