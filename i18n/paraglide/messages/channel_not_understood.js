/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Channel_Not_UnderstoodInputs */

const en_channel_not_understood = /** @type {(inputs: Channel_Not_UnderstoodInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server sent an answer that could not be understood.`)
};

const de_channel_not_understood = /** @type {(inputs: Channel_Not_UnderstoodInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat eine Antwort gesendet, die nicht verstanden werden konnte.`)
};

const fr_channel_not_understood = /** @type {(inputs: Channel_Not_UnderstoodInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a envoyé une réponse qui n’a pas pu être comprise.`)
};

/**
* | output |
* | --- |
* | "The server sent an answer that could not be understood." |
*
* @param {Channel_Not_UnderstoodInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_not_understood = /** @type {((inputs?: Channel_Not_UnderstoodInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_Not_UnderstoodInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_channel_not_understood(inputs)
	if (locale === "fr") return fr_channel_not_understood(inputs)
	return en_channel_not_understood(inputs)
});