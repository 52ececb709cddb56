/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Channel_Unusable_AnswerInputs */

const en_channel_unusable_answer = /** @type {(inputs: Channel_Unusable_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server sent something we cannot use.`)
};

const de_channel_unusable_answer = /** @type {(inputs: Channel_Unusable_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat etwas gesendet, mit dem wir nichts anfangen können.`)
};

const fr_channel_unusable_answer = /** @type {(inputs: Channel_Unusable_AnswerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a envoyé quelque chose que nous ne pouvons pas utiliser.`)
};

/**
* | output |
* | --- |
* | "The server sent something we cannot use." |
*
* @param {Channel_Unusable_AnswerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_unusable_answer = /** @type {((inputs?: Channel_Unusable_AnswerInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_Unusable_AnswerInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_channel_unusable_answer(inputs)
	if (locale === "fr") return fr_channel_unusable_answer(inputs)
	return en_channel_unusable_answer(inputs)
});