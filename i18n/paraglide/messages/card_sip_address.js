/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Card_Sip_AddressInputs */

const en_card_sip_address = /** @type {(inputs: Card_Sip_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SIP address`)
};

const de_card_sip_address = /** @type {(inputs: Card_Sip_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SIP-Adresse`)
};

const fr_card_sip_address = /** @type {(inputs: Card_Sip_AddressInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Adresse SIP`)
};

/**
* | output |
* | --- |
* | "SIP address" |
*
* @param {Card_Sip_AddressInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_sip_address = /** @type {((inputs?: Card_Sip_AddressInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_Sip_AddressInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_card_sip_address(inputs)
	if (locale === "fr") return fr_card_sip_address(inputs)
	return en_card_sip_address(inputs)
});