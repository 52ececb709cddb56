/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Groups_My_DelegatesInputs */

const en_groups_my_delegates = /** @type {(inputs: Groups_My_DelegatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`My delegates`)
};

const de_groups_my_delegates = /** @type {(inputs: Groups_My_DelegatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meine Stellvertretungen`)
};

const fr_groups_my_delegates = /** @type {(inputs: Groups_My_DelegatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mes délégués`)
};

/**
* | output |
* | --- |
* | "My delegates" |
*
* @param {Groups_My_DelegatesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_my_delegates = /** @type {((inputs?: Groups_My_DelegatesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_My_DelegatesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_my_delegates(inputs)
	if (locale === "fr") return fr_groups_my_delegates(inputs)
	return en_groups_my_delegates(inputs)
});