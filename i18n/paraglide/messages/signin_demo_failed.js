/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_Demo_FailedInputs */

const en_signin_demo_failed = /** @type {(inputs: Signin_Demo_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The demo did not start`)
};

const de_signin_demo_failed = /** @type {(inputs: Signin_Demo_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Demo wurde nicht gestartet`)
};

const fr_signin_demo_failed = /** @type {(inputs: Signin_Demo_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La démo n’a pas démarré`)
};

/**
* | output |
* | --- |
* | "The demo did not start" |
*
* @param {Signin_Demo_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_demo_failed = /** @type {((inputs?: Signin_Demo_FailedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Demo_FailedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_demo_failed(inputs)
	if (locale === "fr") return fr_signin_demo_failed(inputs)
	return en_signin_demo_failed(inputs)
});