/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ host: NonNullable<unknown> }} Passive_Navigation_RefusedInputs */

const en_passive_navigation_refused = /** @type {(inputs: Passive_Navigation_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The sign-in page tried to open ${i?.host}, which is not a secure server. Sign-in was stopped.`)
};

const de_passive_navigation_refused = /** @type {(inputs: Passive_Navigation_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Anmeldeseite wollte ${i?.host} öffnen, das kein sicherer Server ist. Die Anmeldung wurde abgebrochen.`)
};

const fr_passive_navigation_refused = /** @type {(inputs: Passive_Navigation_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La page de connexion a tenté d'ouvrir ${i?.host}, qui n'est pas un serveur sécurisé. La connexion a été interrompue.`)
};

/**
* | output |
* | --- |
* | "The sign-in page tried to open {host}, which is not a secure server. Sign-in was stopped." |
*
* @param {Passive_Navigation_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_navigation_refused = /** @type {((inputs: Passive_Navigation_RefusedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passive_Navigation_RefusedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_passive_navigation_refused(inputs)
	if (locale === "fr") return fr_passive_navigation_refused(inputs)
	return en_passive_navigation_refused(inputs)
});