/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Groups_Managed_ForInputs */

const en_groups_managed_for = /** @type {(inputs: Groups_Managed_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`People I manage calls for`)
};

const de_groups_managed_for = /** @type {(inputs: Groups_Managed_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personen, für die ich Anrufe verwalte`)
};

const fr_groups_managed_for = /** @type {(inputs: Groups_Managed_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personnes dont je gère les appels`)
};

/**
* | output |
* | --- |
* | "People I manage calls for" |
*
* @param {Groups_Managed_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_managed_for = /** @type {((inputs?: Groups_Managed_ForInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Managed_ForInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_managed_for(inputs)
	if (locale === "fr") return fr_groups_managed_for(inputs)
	return en_groups_managed_for(inputs)
});