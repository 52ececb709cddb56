/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Menu_Auto_AssignInputs */

const en_menu_auto_assign = /** @type {(inputs: Menu_Auto_AssignInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auto-assign relationship`)
};

const de_menu_auto_assign = /** @type {(inputs: Menu_Auto_AssignInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beziehung automatisch zuweisen`)
};

const fr_menu_auto_assign = /** @type {(inputs: Menu_Auto_AssignInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Attribuer automatiquement la relation`)
};

/**
* | output |
* | --- |
* | "Auto-assign relationship" |
*
* @param {Menu_Auto_AssignInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_auto_assign = /** @type {((inputs?: Menu_Auto_AssignInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Menu_Auto_AssignInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_menu_auto_assign(inputs)
	if (locale === "fr") return fr_menu_auto_assign(inputs)
	return en_menu_auto_assign(inputs)
});