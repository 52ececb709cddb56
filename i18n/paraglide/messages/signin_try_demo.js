/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_Try_DemoInputs */

const en_signin_try_demo = /** @type {(inputs: Signin_Try_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Try the demo`)
};

const de_signin_try_demo = /** @type {(inputs: Signin_Try_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Demo ausprobieren`)
};

const fr_signin_try_demo = /** @type {(inputs: Signin_Try_DemoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Essayer la démo`)
};

/**
* | output |
* | --- |
* | "Try the demo" |
*
* @param {Signin_Try_DemoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_try_demo = /** @type {((inputs?: Signin_Try_DemoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Try_DemoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_try_demo(inputs)
	if (locale === "fr") return fr_signin_try_demo(inputs)
	return en_signin_try_demo(inputs)
});