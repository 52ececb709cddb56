/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Groups_UntagInputs */

const en_groups_untag = /** @type {(inputs: Groups_UntagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Untag`)
};

const de_groups_untag = /** @type {(inputs: Groups_UntagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Markierung entfernen`)
};

const fr_groups_untag = /** @type {(inputs: Groups_UntagInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ne plus marquer`)
};

/**
* | output |
* | --- |
* | "Untag" |
*
* @param {Groups_UntagInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_untag = /** @type {((inputs?: Groups_UntagInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_UntagInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_untag(inputs)
	if (locale === "fr") return fr_groups_untag(inputs)
	return en_groups_untag(inputs)
});