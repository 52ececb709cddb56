/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Privacy_Menu_LabelInputs */

const en_privacy_menu_label = /** @type {(inputs: Privacy_Menu_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Relationship level for ${i?.name}`)
};

const de_privacy_menu_label = /** @type {(inputs: Privacy_Menu_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Beziehungsstufe für ${i?.name}`)
};

const fr_privacy_menu_label = /** @type {(inputs: Privacy_Menu_LabelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Niveau de relation pour ${i?.name}`)
};

/**
* | output |
* | --- |
* | "Relationship level for {name}" |
*
* @param {Privacy_Menu_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_menu_label = /** @type {((inputs: Privacy_Menu_LabelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Menu_LabelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_privacy_menu_label(inputs)
	if (locale === "fr") return fr_privacy_menu_label(inputs)
	return en_privacy_menu_label(inputs)
});