/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Feedback_Not_ChangedInputs */

const en_feedback_not_changed = /** @type {(inputs: Feedback_Not_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who was not changed`)
};

const de_feedback_not_changed = /** @type {(inputs: Feedback_Not_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wer nicht geändert wurde`)
};

const fr_feedback_not_changed = /** @type {(inputs: Feedback_Not_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Qui n'a pas été modifié`)
};

/**
* | output |
* | --- |
* | "Who was not changed" |
*
* @param {Feedback_Not_ChangedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const feedback_not_changed = /** @type {((inputs?: Feedback_Not_ChangedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Feedback_Not_ChangedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_feedback_not_changed(inputs)
	if (locale === "fr") return fr_feedback_not_changed(inputs)
	return en_feedback_not_changed(inputs)
});