/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_Demo_WhereInputs */

const en_signin_demo_where = /** @type {(inputs: Signin_Demo_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`with sample contacts on this computer.`)
};

const de_signin_demo_where = /** @type {(inputs: Signin_Demo_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mit Beispielkontakten auf diesem Computer.`)
};

const fr_signin_demo_where = /** @type {(inputs: Signin_Demo_WhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`avec des contacts d’exemple sur cet ordinateur.`)
};

/**
* | output |
* | --- |
* | "with sample contacts on this computer." |
*
* @param {Signin_Demo_WhereInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_demo_where = /** @type {((inputs?: Signin_Demo_WhereInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Demo_WhereInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_demo_where(inputs)
	if (locale === "fr") return fr_signin_demo_where(inputs)
	return en_signin_demo_where(inputs)
});