/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Store_No_AnswerInputs */

const en_store_no_answer = /** @type {(inputs: Store_No_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The app did not say what happened to this change.`)
};

const de_store_no_answer = /** @type {(inputs: Store_No_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die App hat nicht mitgeteilt, was aus dieser Änderung geworden ist.`)
};

const fr_store_no_answer = /** @type {(inputs: Store_No_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’application n’a pas indiqué ce qu’il est advenu de cette modification.`)
};

/**
* | output |
* | --- |
* | "The app did not say what happened to this change." |
*
* @param {Store_No_AnswerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_no_answer = /** @type {((inputs?: Store_No_AnswerInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_No_AnswerInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_store_no_answer(inputs)
	if (locale === "fr") return fr_store_no_answer(inputs)
	return en_store_no_answer(inputs)
});