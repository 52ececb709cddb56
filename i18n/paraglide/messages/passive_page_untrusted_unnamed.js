/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Passive_Page_Untrusted_UnnamedInputs */

const en_passive_page_untrusted_unnamed = /** @type {(inputs: Passive_Page_Untrusted_UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The sign-in page is not on a server you signed in to.`)
};

const de_passive_page_untrusted_unnamed = /** @type {(inputs: Passive_Page_Untrusted_UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Anmeldeseite liegt nicht auf einem Server, bei dem Sie sich angemeldet haben.`)
};

const fr_passive_page_untrusted_unnamed = /** @type {(inputs: Passive_Page_Untrusted_UnnamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La page de connexion n'est pas sur un serveur auquel vous vous êtes connecté.`)
};

/**
* | output |
* | --- |
* | "The sign-in page is not on a server you signed in to." |
*
* @param {Passive_Page_Untrusted_UnnamedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_page_untrusted_unnamed = /** @type {((inputs?: Passive_Page_Untrusted_UnnamedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passive_Page_Untrusted_UnnamedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_passive_page_untrusted_unnamed(inputs)
	if (locale === "fr") return fr_passive_page_untrusted_unnamed(inputs)
	return en_passive_page_untrusted_unnamed(inputs)
});