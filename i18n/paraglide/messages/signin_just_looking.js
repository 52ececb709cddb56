/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signin_Just_LookingInputs */

const en_signin_just_looking = /** @type {(inputs: Signin_Just_LookingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Just looking?`)
};

const de_signin_just_looking = /** @type {(inputs: Signin_Just_LookingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nur mal umsehen?`)
};

const fr_signin_just_looking = /** @type {(inputs: Signin_Just_LookingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Simple curiosité ?`)
};

/**
* | output |
* | --- |
* | "Just looking?" |
*
* @param {Signin_Just_LookingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_just_looking = /** @type {((inputs?: Signin_Just_LookingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_Just_LookingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_just_looking(inputs)
	if (locale === "fr") return fr_signin_just_looking(inputs)
	return en_signin_just_looking(inputs)
});