/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ level: NonNullable<unknown> }} Menu_Auto_AlreadyInputs */

const en_menu_auto_already = /** @type {(inputs: Menu_Auto_AlreadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Already at the level auto-assignment gives (${i?.level}).`)
};

const de_menu_auto_already = /** @type {(inputs: Menu_Auto_AlreadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bereits auf der Stufe der automatischen Zuweisung (${i?.level}).`)
};

const fr_menu_auto_already = /** @type {(inputs: Menu_Auto_AlreadyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Déjà au niveau de l'attribution automatique (${i?.level}).`)
};

/**
* | output |
* | --- |
* | "Already at the level auto-assignment gives ({level})." |
*
* @param {Menu_Auto_AlreadyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_auto_already = /** @type {((inputs: Menu_Auto_AlreadyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Menu_Auto_AlreadyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_menu_auto_already(inputs)
	if (locale === "fr") return fr_menu_auto_already(inputs)
	return en_menu_auto_already(inputs)
});