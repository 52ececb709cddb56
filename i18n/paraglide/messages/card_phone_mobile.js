/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Card_Phone_MobileInputs */

const en_card_phone_mobile = /** @type {(inputs: Card_Phone_MobileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mobile phone`)
};

const de_card_phone_mobile = /** @type {(inputs: Card_Phone_MobileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mobiltelefon`)
};

const fr_card_phone_mobile = /** @type {(inputs: Card_Phone_MobileInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Téléphone mobile`)
};

/**
* | output |
* | --- |
* | "Mobile phone" |
*
* @param {Card_Phone_MobileInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_phone_mobile = /** @type {((inputs?: Card_Phone_MobileInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_Phone_MobileInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_card_phone_mobile(inputs)
	if (locale === "fr") return fr_card_phone_mobile(inputs)
	return en_card_phone_mobile(inputs)
});