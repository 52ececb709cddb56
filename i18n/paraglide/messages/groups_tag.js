/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Groups_TagInputs */

const en_groups_tag = /** @type {(inputs: Groups_TagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tag for alerts`)
};

const de_groups_tag = /** @type {(inputs: Groups_TagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Für Benachrichtigungen markieren`)
};

const fr_groups_tag = /** @type {(inputs: Groups_TagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Marquer pour les alertes`)
};

/**
* | output |
* | --- |
* | "Tag for alerts" |
*
* @param {Groups_TagInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_tag = /** @type {((inputs?: Groups_TagInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_TagInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_tag(inputs)
	if (locale === "fr") return fr_groups_tag(inputs)
	return en_groups_tag(inputs)
});