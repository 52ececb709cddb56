/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Trust_Windows_Not_OfferedInputs */

const en_trust_windows_not_offered = /** @type {(inputs: Trust_Windows_Not_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This server does not offer Windows sign-in.`)
};

const de_trust_windows_not_offered = /** @type {(inputs: Trust_Windows_Not_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Server bietet keine Windows-Anmeldung an.`)
};

const fr_trust_windows_not_offered = /** @type {(inputs: Trust_Windows_Not_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce serveur ne propose pas la connexion Windows.`)
};

/**
* | output |
* | --- |
* | "This server does not offer Windows sign-in." |
*
* @param {Trust_Windows_Not_OfferedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_windows_not_offered = /** @type {((inputs?: Trust_Windows_Not_OfferedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Trust_Windows_Not_OfferedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_trust_windows_not_offered(inputs)
	if (locale === "fr") return fr_trust_windows_not_offered(inputs)
	return en_trust_windows_not_offered(inputs)
});