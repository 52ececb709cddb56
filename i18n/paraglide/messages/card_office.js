/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Card_OfficeInputs */

const en_card_office = /** @type {(inputs: Card_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Office`)
};

const de_card_office = /** @type {(inputs: Card_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Büro`)
};

const fr_card_office = /** @type {(inputs: Card_OfficeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bureau`)
};

/**
* | output |
* | --- |
* | "Office" |
*
* @param {Card_OfficeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_office = /** @type {((inputs?: Card_OfficeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_OfficeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_card_office(inputs)
	if (locale === "fr") return fr_card_office(inputs)
	return en_card_office(inputs)
});