/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ heading: NonNullable<unknown> }} Signin_ProblemInputs */

const en_signin_problem = /** @type {(inputs: Signin_ProblemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.heading}.`)
};

const de_signin_problem = /** @type {(inputs: Signin_ProblemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.heading}.`)
};

const fr_signin_problem = /** @type {(inputs: Signin_ProblemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.heading}.`)
};

/**
* | output |
* | --- |
* | "{heading}." |
*
* @param {Signin_ProblemInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_problem = /** @type {((inputs: Signin_ProblemInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signin_ProblemInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_signin_problem(inputs)
	if (locale === "fr") return fr_signin_problem(inputs)
	return en_signin_problem(inputs)
});