/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ level: NonNullable<unknown> }} Privacy_Use_AnywayInputs */

const en_privacy_use_anyway = /** @type {(inputs: Privacy_Use_AnywayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Use ${i?.level} anyway`)
};

const de_privacy_use_anyway = /** @type {(inputs: Privacy_Use_AnywayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Trotzdem ${i?.level} verwenden`)
};

const fr_privacy_use_anyway = /** @type {(inputs: Privacy_Use_AnywayInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Utiliser ${i?.level} quand même`)
};

/**
* | output |
* | --- |
* | "Use {level} anyway" |
*
* @param {Privacy_Use_AnywayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_use_anyway = /** @type {((inputs: Privacy_Use_AnywayInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Use_AnywayInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_privacy_use_anyway(inputs)
	if (locale === "fr") return fr_privacy_use_anyway(inputs)
	return en_privacy_use_anyway(inputs)
});