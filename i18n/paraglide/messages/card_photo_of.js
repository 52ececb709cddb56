/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Card_Photo_OfInputs */

const en_card_photo_of = /** @type {(inputs: Card_Photo_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Photo of ${i?.name}`)
};

const de_card_photo_of = /** @type {(inputs: Card_Photo_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Foto von ${i?.name}`)
};

const fr_card_photo_of = /** @type {(inputs: Card_Photo_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Photo de ${i?.name}`)
};

/**
* | output |
* | --- |
* | "Photo of {name}" |
*
* @param {Card_Photo_OfInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_photo_of = /** @type {((inputs: Card_Photo_OfInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_Photo_OfInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_card_photo_of(inputs)
	if (locale === "fr") return fr_card_photo_of(inputs)
	return en_card_photo_of(inputs)
});