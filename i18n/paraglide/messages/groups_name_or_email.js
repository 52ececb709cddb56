/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Groups_Name_Or_EmailInputs */

const en_groups_name_or_email = /** @type {(inputs: Groups_Name_Or_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Name or e-mail`)
};

const de_groups_name_or_email = /** @type {(inputs: Groups_Name_Or_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Name oder E-Mail`)
};

const fr_groups_name_or_email = /** @type {(inputs: Groups_Name_Or_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nom ou e-mail`)
};

/**
* | output |
* | --- |
* | "Name or e-mail" |
*
* @param {Groups_Name_Or_EmailInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_name_or_email = /** @type {((inputs?: Groups_Name_Or_EmailInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Name_Or_EmailInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_name_or_email(inputs)
	if (locale === "fr") return fr_groups_name_or_email(inputs)
	return en_groups_name_or_email(inputs)
});