/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Card_DepartmentInputs */

const en_card_department = /** @type {(inputs: Card_DepartmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Department`)
};

const de_card_department = /** @type {(inputs: Card_DepartmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abteilung`)
};

const fr_card_department = /** @type {(inputs: Card_DepartmentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Service`)
};

/**
* | output |
* | --- |
* | "Department" |
*
* @param {Card_DepartmentInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_department = /** @type {((inputs?: Card_DepartmentInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_DepartmentInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_card_department(inputs)
	if (locale === "fr") return fr_card_department(inputs)
	return en_card_department(inputs)
});