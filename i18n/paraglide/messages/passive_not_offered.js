/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Passive_Not_OfferedInputs */

const en_passive_not_offered = /** @type {(inputs: Passive_Not_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This server does not offer sign-in through your organisation's sign-in page.`)
};

const de_passive_not_offered = /** @type {(inputs: Passive_Not_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Server bietet keine Anmeldung über die Anmeldeseite Ihrer Organisation an.`)
};

const fr_passive_not_offered = /** @type {(inputs: Passive_Not_OfferedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce serveur ne propose pas la connexion par la page de connexion de votre organisation.`)
};

/**
* | output |
* | --- |
* | "This server does not offer sign-in through your organisation's sign-in page." |
*
* @param {Passive_Not_OfferedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_not_offered = /** @type {((inputs?: Passive_Not_OfferedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passive_Not_OfferedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_passive_not_offered(inputs)
	if (locale === "fr") return fr_passive_not_offered(inputs)
	return en_passive_not_offered(inputs)
});