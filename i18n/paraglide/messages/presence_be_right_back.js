/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presence_Be_Right_BackInputs */

const en_presence_be_right_back = /** @type {(inputs: Presence_Be_Right_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Be right back`)
};

const de_presence_be_right_back = /** @type {(inputs: Presence_Be_Right_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bin gleich zurück`)
};

const fr_presence_be_right_back = /** @type {(inputs: Presence_Be_Right_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`De retour dans quelques minutes`)
};

/**
* | output |
* | --- |
* | "Be right back" |
*
* @param {Presence_Be_Right_BackInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_be_right_back = /** @type {((inputs?: Presence_Be_Right_BackInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presence_Be_Right_BackInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_presence_be_right_back(inputs)
	if (locale === "fr") return fr_presence_be_right_back(inputs)
	return en_presence_be_right_back(inputs)
});