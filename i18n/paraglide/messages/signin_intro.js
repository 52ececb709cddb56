/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_IntroInputs */

const en_signin_intro = /** @type {(inputs: Signin_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`See who can see what about you, and change it.`)
};

const de_signin_intro = /** @type {(inputs: Signin_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sehen Sie, wer was über Sie sehen kann, und ändern Sie es.`)
};

const fr_signin_intro = /** @type {(inputs: Signin_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Voyez qui peut voir quoi de vous, et modifiez-le.`)
};

/**
* | output |
* | --- |
* | "See who can see what about you, and change it." |
*
* @param {Signin_IntroInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_intro = /** @type {((inputs?: Signin_IntroInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_IntroInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_intro(inputs)
	if (locale === "fr") return fr_signin_intro(inputs)
	return en_signin_intro(inputs)
});