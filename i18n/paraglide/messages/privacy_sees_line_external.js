/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Privacy_Sees_Line_ExternalInputs */

const en_privacy_sees_line_external = /** @type {(inputs: Privacy_Sees_Line_ExternalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sees your contact card and presence.`)
};

const de_privacy_sees_line_external = /** @type {(inputs: Privacy_Sees_Line_ExternalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sieht Ihre Kontaktkarte und Anwesenheit.`)
};

const fr_privacy_sees_line_external = /** @type {(inputs: Privacy_Sees_Line_ExternalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Voit votre carte de contact et votre présence.`)
};

/**
* | output |
* | --- |
* | "Sees your contact card and presence." |
*
* @param {Privacy_Sees_Line_ExternalInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_line_external = /** @type {((inputs?: Privacy_Sees_Line_ExternalInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Sees_Line_ExternalInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_privacy_sees_line_external(inputs)
	if (locale === "fr") return fr_privacy_sees_line_external(inputs)
	return en_privacy_sees_line_external(inputs)
});