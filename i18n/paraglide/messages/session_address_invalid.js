/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Session_Address_InvalidInputs */

const en_session_address_invalid = /** @type {(inputs: Session_Address_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server address is not a valid address.`)
};

const de_session_address_invalid = /** @type {(inputs: Session_Address_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Serveradresse ist keine gültige Adresse.`)
};

const fr_session_address_invalid = /** @type {(inputs: Session_Address_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’adresse du serveur n’est pas une adresse valide.`)
};

/**
* | output |
* | --- |
* | "The server address is not a valid address." |
*
* @param {Session_Address_InvalidInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_address_invalid = /** @type {((inputs?: Session_Address_InvalidInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Session_Address_InvalidInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_session_address_invalid(inputs)
	if (locale === "fr") return fr_session_address_invalid(inputs)
	return en_session_address_invalid(inputs)
});