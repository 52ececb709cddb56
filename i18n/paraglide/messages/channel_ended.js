/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Channel_EndedInputs */

const en_channel_ended = /** @type {(inputs: Channel_EndedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server ended the session.`)
};

const de_channel_ended = /** @type {(inputs: Channel_EndedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat die Sitzung beendet.`)
};

const fr_channel_ended = /** @type {(inputs: Channel_EndedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a mis fin à la session.`)
};

/**
* | output |
* | --- |
* | "The server ended the session." |
*
* @param {Channel_EndedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_ended = /** @type {((inputs?: Channel_EndedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_EndedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_channel_ended(inputs)
	if (locale === "fr") return fr_channel_ended(inputs)
	return en_channel_ended(inputs)
});