/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ change: NonNullable<unknown>, level: NonNullable<unknown> }} Words_Changed_ElsewhereInputs */

const en_words_changed_elsewhere = /** @type {(inputs: Words_Changed_ElsewhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Changed from another device: ${i?.change} (was ${i?.level})`)
};

const de_words_changed_elsewhere = /** @type {(inputs: Words_Changed_ElsewhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Auf einem anderen Gerät geändert: ${i?.change} (vorher ${i?.level})`)
};

const fr_words_changed_elsewhere = /** @type {(inputs: Words_Changed_ElsewhereInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Modifié depuis un autre appareil : ${i?.change} (avant : ${i?.level})`)
};

/**
* | output |
* | --- |
* | "Changed from another device: {change} (was {level})" |
*
* @param {Words_Changed_ElsewhereInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_changed_elsewhere = /** @type {((inputs: Words_Changed_ElsewhereInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Words_Changed_ElsewhereInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_words_changed_elsewhere(inputs)
	if (locale === "fr") return fr_words_changed_elsewhere(inputs)
	return en_words_changed_elsewhere(inputs)
});