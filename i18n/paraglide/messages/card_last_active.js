/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ time: NonNullable<unknown> }} Card_Last_ActiveInputs */

const en_card_last_active = /** @type {(inputs: Card_Last_ActiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`· active ${i?.time}`)
};

const de_card_last_active = /** @type {(inputs: Card_Last_ActiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`· zuletzt aktiv ${i?.time}`)
};

const fr_card_last_active = /** @type {(inputs: Card_Last_ActiveInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`· dernière activité : ${i?.time}`)
};

/**
* | output |
* | --- |
* | "· active {time}" |
*
* @param {Card_Last_ActiveInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_last_active = /** @type {((inputs: Card_Last_ActiveInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_Last_ActiveInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_card_last_active(inputs)
	if (locale === "fr") return fr_card_last_active(inputs)
	return en_card_last_active(inputs)
});