/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Groups_My_OrganizationInputs */

const en_groups_my_organization = /** @type {(inputs: Groups_My_OrganizationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`My organization`)
};

const de_groups_my_organization = /** @type {(inputs: Groups_My_OrganizationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meine Organisation`)
};

const fr_groups_my_organization = /** @type {(inputs: Groups_My_OrganizationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mon organisation`)
};

/**
* | output |
* | --- |
* | "My organization" |
*
* @param {Groups_My_OrganizationInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_my_organization = /** @type {((inputs?: Groups_My_OrganizationInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_My_OrganizationInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_my_organization(inputs)
	if (locale === "fr") return fr_groups_my_organization(inputs)
	return en_groups_my_organization(inputs)
});