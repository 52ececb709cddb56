/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Card_Phone_OtherInputs */

const en_card_phone_other = /** @type {(inputs: Card_Phone_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Other phone`)
};

const de_card_phone_other = /** @type {(inputs: Card_Phone_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weiteres Telefon`)
};

const fr_card_phone_other = /** @type {(inputs: Card_Phone_OtherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Autre téléphone`)
};

/**
* | output |
* | --- |
* | "Other phone" |
*
* @param {Card_Phone_OtherInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_phone_other = /** @type {((inputs?: Card_Phone_OtherInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_Phone_OtherInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_card_phone_other(inputs)
	if (locale === "fr") return fr_card_phone_other(inputs)
	return en_card_phone_other(inputs)
});