/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Card_Phone_WorkInputs */

const en_card_phone_work = /** @type {(inputs: Card_Phone_WorkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Work phone`)
};

const de_card_phone_work = /** @type {(inputs: Card_Phone_WorkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Telefon (geschäftlich)`)
};

const fr_card_phone_work = /** @type {(inputs: Card_Phone_WorkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Téléphone professionnel`)
};

/**
* | output |
* | --- |
* | "Work phone" |
*
* @param {Card_Phone_WorkInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_phone_work = /** @type {((inputs?: Card_Phone_WorkInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_Phone_WorkInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_card_phone_work(inputs)
	if (locale === "fr") return fr_card_phone_work(inputs)
	return en_card_phone_work(inputs)
});