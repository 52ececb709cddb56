/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Privacy_Same_As_AutoInputs */

const en_privacy_same_as_auto = /** @type {(inputs: Privacy_Same_As_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`· same as auto-assigned`)
};

const de_privacy_same_as_auto = /** @type {(inputs: Privacy_Same_As_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`· wie automatisch zugewiesen`)
};

const fr_privacy_same_as_auto = /** @type {(inputs: Privacy_Same_As_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`· identique à l'attribution automatique`)
};

/**
* | output |
* | --- |
* | "· same as auto-assigned" |
*
* @param {Privacy_Same_As_AutoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_same_as_auto = /** @type {((inputs?: Privacy_Same_As_AutoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Same_As_AutoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_privacy_same_as_auto(inputs)
	if (locale === "fr") return fr_privacy_same_as_auto(inputs)
	return en_privacy_same_as_auto(inputs)
});