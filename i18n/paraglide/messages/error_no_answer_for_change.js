/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_No_Answer_For_ChangeInputs */

const en_error_no_answer_for_change = /** @type {(inputs: Error_No_Answer_For_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server gave no answer for this change. Try again.`)
};

const de_error_no_answer_for_change = /** @type {(inputs: Error_No_Answer_For_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat auf diese Änderung nicht geantwortet. Versuchen Sie es erneut.`)
};

const fr_error_no_answer_for_change = /** @type {(inputs: Error_No_Answer_For_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur n’a pas répondu à cette modification. Réessayez.`)
};

/**
* | output |
* | --- |
* | "The server gave no answer for this change. Try again." |
*
* @param {Error_No_Answer_For_ChangeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_no_answer_for_change = /** @type {((inputs?: Error_No_Answer_For_ChangeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_No_Answer_For_ChangeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_no_answer_for_change(inputs)
	if (locale === "fr") return fr_error_no_answer_for_change(inputs)
	return en_error_no_answer_for_change(inputs)
});