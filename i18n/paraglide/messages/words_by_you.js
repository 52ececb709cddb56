/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Words_By_YouInputs */

const en_words_by_you = /** @type {(inputs: Words_By_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You, in this app`)
};

const de_words_by_you = /** @type {(inputs: Words_By_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie, in dieser App`)
};

const fr_words_by_you = /** @type {(inputs: Words_By_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vous, dans cette application`)
};

/**
* | output |
* | --- |
* | "You, in this app" |
*
* @param {Words_By_YouInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_by_you = /** @type {((inputs?: Words_By_YouInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_By_YouInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_words_by_you(inputs)
	if (locale === "fr") return fr_words_by_you(inputs)
	return en_words_by_you(inputs)
});