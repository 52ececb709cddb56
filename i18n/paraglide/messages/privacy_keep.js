/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ level: NonNullable<unknown> }} Privacy_KeepInputs */

const en_privacy_keep = /** @type {(inputs: Privacy_KeepInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Keep ${i?.level}`)
};

const de_privacy_keep = /** @type {(inputs: Privacy_KeepInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.level} beibehalten`)
};

const fr_privacy_keep = /** @type {(inputs: Privacy_KeepInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Garder ${i?.level}`)
};

/**
* | output |
* | --- |
* | "Keep {level}" |
*
* @param {Privacy_KeepInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_keep = /** @type {((inputs: Privacy_KeepInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_KeepInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_privacy_keep(inputs)
	if (locale === "fr") return fr_privacy_keep(inputs)
	return en_privacy_keep(inputs)
});