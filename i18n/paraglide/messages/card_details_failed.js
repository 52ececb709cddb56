/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ reason: NonNullable<unknown> }} Card_Details_FailedInputs */

const en_card_details_failed = /** @type {(inputs: Card_Details_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Could not load all details: ${i?.reason}`)
};

const de_card_details_failed = /** @type {(inputs: Card_Details_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nicht alle Details konnten geladen werden: ${i?.reason}`)
};

const fr_card_details_failed = /** @type {(inputs: Card_Details_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Impossible de charger tous les détails : ${i?.reason}`)
};

/**
* | output |
* | --- |
* | "Could not load all details: {reason}" |
*
* @param {Card_Details_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_details_failed = /** @type {((inputs: Card_Details_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_Details_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_card_details_failed(inputs)
	if (locale === "fr") return fr_card_details_failed(inputs)
	return en_card_details_failed(inputs)
});