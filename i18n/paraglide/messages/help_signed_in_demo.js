/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Signed_In_DemoInputs */

const en_help_signed_in_demo = /** @type {(inputs: Help_Signed_In_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`to the demo server on this computer.`)
};

const de_help_signed_in_demo = /** @type {(inputs: Help_Signed_In_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`beim Demo-Server auf diesem Computer.`)
};

const fr_help_signed_in_demo = /** @type {(inputs: Help_Signed_In_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`au serveur de démonstration de cet ordinateur.`)
};

/**
* | output |
* | --- |
* | "to the demo server on this computer." |
*
* @param {Help_Signed_In_DemoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_signed_in_demo = /** @type {((inputs?: Help_Signed_In_DemoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Signed_In_DemoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_signed_in_demo(inputs)
	if (locale === "fr") return fr_help_signed_in_demo(inputs)
	return en_help_signed_in_demo(inputs)
});