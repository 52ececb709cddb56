/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ when: NonNullable<unknown> }} Banner_Next_TryInputs */

const en_banner_next_try = /** @type {(inputs: Banner_Next_TryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Next try ${i?.when}.`)
};

const de_banner_next_try = /** @type {(inputs: Banner_Next_TryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nächster Versuch ${i?.when}.`)
};

const fr_banner_next_try = /** @type {(inputs: Banner_Next_TryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Prochain essai ${i?.when}.`)
};

/**
* | output |
* | --- |
* | "Next try {when}." |
*
* @param {Banner_Next_TryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const banner_next_try = /** @type {((inputs: Banner_Next_TryInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Banner_Next_TryInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_banner_next_try(inputs)
	if (locale === "fr") return fr_banner_next_try(inputs)
	return en_banner_next_try(inputs)
});