/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Privacy_Sees_Line_BlockedInputs */

const en_privacy_sees_line_blocked = /** @type {(inputs: Privacy_Sees_Line_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sees only your name and e-mail address, and cannot reach you.`)
};

const de_privacy_sees_line_blocked = /** @type {(inputs: Privacy_Sees_Line_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sieht nur Ihren Namen und Ihre E-Mail-Adresse und kann Sie nicht erreichen.`)
};

const fr_privacy_sees_line_blocked = /** @type {(inputs: Privacy_Sees_Line_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Voit uniquement votre nom et votre adresse e-mail, et ne peut pas vous joindre.`)
};

/**
* | output |
* | --- |
* | "Sees only your name and e-mail address, and cannot reach you." |
*
* @param {Privacy_Sees_Line_BlockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_line_blocked = /** @type {((inputs?: Privacy_Sees_Line_BlockedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Sees_Line_BlockedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_privacy_sees_line_blocked(inputs)
	if (locale === "fr") return fr_privacy_sees_line_blocked(inputs)
	return en_privacy_sees_line_blocked(inputs)
});