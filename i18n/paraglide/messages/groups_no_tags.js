/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Groups_No_TagsInputs */

const en_groups_no_tags = /** @type {(inputs: Groups_No_TagsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No one is tagged. Tag someone to be told when they become available.`)
};

const de_groups_no_tags = /** @type {(inputs: Groups_No_TagsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Niemand ist markiert. Markieren Sie jemanden, um informiert zu werden, wenn die Person verfügbar wird.`)
};

const fr_groups_no_tags = /** @type {(inputs: Groups_No_TagsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personne n’est marqué. Marquez quelqu’un pour être averti quand il devient disponible.`)
};

/**
* | output |
* | --- |
* | "No one is tagged. Tag someone to be told when they become available." |
*
* @param {Groups_No_TagsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_no_tags = /** @type {((inputs?: Groups_No_TagsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_No_TagsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_no_tags(inputs)
	if (locale === "fr") return fr_groups_no_tags(inputs)
	return en_groups_no_tags(inputs)
});