/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Too_Many_ApplicationsInputs */

const en_error_too_many_applications = /** @type {(inputs: Error_Too_Many_ApplicationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You are signed in on too many devices. Sign out somewhere else and try again.`)
};

const de_error_too_many_applications = /** @type {(inputs: Error_Too_Many_ApplicationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie sind auf zu vielen Geräten angemeldet. Melden Sie sich auf einem anderen ab und versuchen Sie es erneut.`)
};

const fr_error_too_many_applications = /** @type {(inputs: Error_Too_Many_ApplicationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vous êtes connecté sur trop d’appareils. Déconnectez-vous ailleurs et réessayez.`)
};

/**
* | output |
* | --- |
* | "You are signed in on too many devices. Sign out somewhere else and try again." |
*
* @param {Error_Too_Many_ApplicationsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_too_many_applications = /** @type {((inputs?: Error_Too_Many_ApplicationsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Too_Many_ApplicationsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_too_many_applications(inputs)
	if (locale === "fr") return fr_error_too_many_applications(inputs)
	return en_error_too_many_applications(inputs)
});