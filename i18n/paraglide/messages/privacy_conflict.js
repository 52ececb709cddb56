/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ change: NonNullable<unknown> }} Privacy_ConflictInputs */

const en_privacy_conflict = /** @type {(inputs: Privacy_ConflictInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Changed from another device meanwhile: ${i?.change}.`)
};

const de_privacy_conflict = /** @type {(inputs: Privacy_ConflictInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Inzwischen auf einem anderen Gerät geändert: ${i?.change}.`)
};

const fr_privacy_conflict = /** @type {(inputs: Privacy_ConflictInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Modifié entre-temps depuis un autre appareil : ${i?.change}.`)
};

/**
* | output |
* | --- |
* | "Changed from another device meanwhile: {change}." |
*
* @param {Privacy_ConflictInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_conflict = /** @type {((inputs: Privacy_ConflictInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_ConflictInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_privacy_conflict(inputs)
	if (locale === "fr") return fr_privacy_conflict(inputs)
	return en_privacy_conflict(inputs)
});