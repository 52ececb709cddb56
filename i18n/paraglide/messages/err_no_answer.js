/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ reason: NonNullable<unknown> }} Err_No_AnswerInputs */

const en_err_no_answer = /** @type {(inputs: Err_No_AnswerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The app did not answer (${i?.reason}).`)
};

const de_err_no_answer = /** @type {(inputs: Err_No_AnswerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die App hat nicht geantwortet (${i?.reason}).`)
};

const fr_err_no_answer = /** @type {(inputs: Err_No_AnswerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`L’application n’a pas répondu (${i?.reason}).`)
};

/**
* | output |
* | --- |
* | "The app did not answer ({reason})." |
*
* @param {Err_No_AnswerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_no_answer = /** @type {((inputs: Err_No_AnswerInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_No_AnswerInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_err_no_answer(inputs)
	if (locale === "fr") return fr_err_no_answer(inputs)
	return en_err_no_answer(inputs)
});