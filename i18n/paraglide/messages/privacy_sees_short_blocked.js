/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Privacy_Sees_Short_BlockedInputs */

const en_privacy_sees_short_blocked = /** @type {(inputs: Privacy_Sees_Short_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only your name and e-mail address; cannot reach you.`)
};

const de_privacy_sees_short_blocked = /** @type {(inputs: Privacy_Sees_Short_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nur Ihr Name und Ihre E-Mail-Adresse; kann Sie nicht erreichen.`)
};

const fr_privacy_sees_short_blocked = /** @type {(inputs: Privacy_Sees_Short_BlockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Uniquement votre nom et votre adresse e-mail ; ne peut pas vous joindre.`)
};

/**
* | output |
* | --- |
* | "Only your name and e-mail address; cannot reach you." |
*
* @param {Privacy_Sees_Short_BlockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_short_blocked = /** @type {((inputs?: Privacy_Sees_Short_BlockedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_Sees_Short_BlockedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_privacy_sees_short_blocked(inputs)
	if (locale === "fr") return fr_privacy_sees_short_blocked(inputs)
	return en_privacy_sees_short_blocked(inputs)
});