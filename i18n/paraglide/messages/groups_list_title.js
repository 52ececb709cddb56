/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Groups_List_TitleInputs */

const en_groups_list_title = /** @type {(inputs: Groups_List_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your groups`)
};

const de_groups_list_title = /** @type {(inputs: Groups_List_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Gruppen`)
};

const fr_groups_list_title = /** @type {(inputs: Groups_List_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vos groupes`)
};

/**
* | output |
* | --- |
* | "Your groups" |
*
* @param {Groups_List_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_list_title = /** @type {((inputs?: Groups_List_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_List_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_list_title(inputs)
	if (locale === "fr") return fr_groups_list_title(inputs)
	return en_groups_list_title(inputs)
});