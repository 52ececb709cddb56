/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ level: NonNullable<unknown> }} Menu_Auto_Back_ToInputs */

const en_menu_auto_back_to = /** @type {(inputs: Menu_Auto_Back_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Back to the level the server gives: ${i?.level}.`)
};

const de_menu_auto_back_to = /** @type {(inputs: Menu_Auto_Back_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Zurück zur Stufe, die der Server vergibt: ${i?.level}.`)
};

const fr_menu_auto_back_to = /** @type {(inputs: Menu_Auto_Back_ToInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Retour au niveau attribué par le serveur : ${i?.level}.`)
};

/**
* | output |
* | --- |
* | "Back to the level the server gives: {level}." |
*
* @param {Menu_Auto_Back_ToInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_auto_back_to = /** @type {((inputs: Menu_Auto_Back_ToInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Menu_Auto_Back_ToInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_menu_auto_back_to(inputs)
	if (locale === "fr") return fr_menu_auto_back_to(inputs)
	return en_menu_auto_back_to(inputs)
});