/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Passive_OnlyInputs */

const en_passive_only = /** @type {(inputs: Passive_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This server accepts sign-in only through your organisation's sign-in page.`)
};

const de_passive_only = /** @type {(inputs: Passive_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Server erlaubt die Anmeldung nur über die Anmeldeseite Ihrer Organisation.`)
};

const fr_passive_only = /** @type {(inputs: Passive_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce serveur n'accepte la connexion que par la page de connexion de votre organisation.`)
};

/**
* | output |
* | --- |
* | "This server accepts sign-in only through your organisation's sign-in page." |
*
* @param {Passive_OnlyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_only = /** @type {((inputs?: Passive_OnlyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passive_OnlyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_passive_only(inputs)
	if (locale === "fr") return fr_passive_only(inputs)
	return en_passive_only(inputs)
});