/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Card_Can_UseInputs */

const en_card_can_use = /** @type {(inputs: Card_Can_UseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Can use`)
};

const de_card_can_use = /** @type {(inputs: Card_Can_UseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kann verwenden`)
};

const fr_card_can_use = /** @type {(inputs: Card_Can_UseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Peut utiliser`)
};

/**
* | output |
* | --- |
* | "Can use" |
*
* @param {Card_Can_UseInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_can_use = /** @type {((inputs?: Card_Can_UseInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_Can_UseInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_card_can_use(inputs)
	if (locale === "fr") return fr_card_can_use(inputs)
	return en_card_can_use(inputs)
});