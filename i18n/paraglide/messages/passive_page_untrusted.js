/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ host: NonNullable<unknown> }} Passive_Page_UntrustedInputs */

const en_passive_page_untrusted = /** @type {(inputs: Passive_Page_UntrustedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The sign-in page is not on a server you signed in to: ${i?.host}.`)
};

const de_passive_page_untrusted = /** @type {(inputs: Passive_Page_UntrustedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Anmeldeseite liegt nicht auf einem Server, bei dem Sie sich angemeldet haben: ${i?.host}.`)
};

const fr_passive_page_untrusted = /** @type {(inputs: Passive_Page_UntrustedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La page de connexion n'est pas sur un serveur auquel vous vous êtes connecté : ${i?.host}.`)
};

/**
* | output |
* | --- |
* | "The sign-in page is not on a server you signed in to: {host}." |
*
* @param {Passive_Page_UntrustedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_page_untrusted = /** @type {((inputs: Passive_Page_UntrustedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passive_Page_UntrustedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_passive_page_untrusted(inputs)
	if (locale === "fr") return fr_passive_page_untrusted(inputs)
	return en_passive_page_untrusted(inputs)
});