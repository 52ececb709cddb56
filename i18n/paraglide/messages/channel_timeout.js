/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Channel_TimeoutInputs */

const en_channel_timeout = /** @type {(inputs: Channel_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server did not answer in time.`)
};

const de_channel_timeout = /** @type {(inputs: Channel_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat nicht rechtzeitig geantwortet.`)
};

const fr_channel_timeout = /** @type {(inputs: Channel_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur n’a pas répondu à temps.`)
};

/**
* | output |
* | --- |
* | "The server did not answer in time." |
*
* @param {Channel_TimeoutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_timeout = /** @type {((inputs?: Channel_TimeoutInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_TimeoutInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_channel_timeout(inputs)
	if (locale === "fr") return fr_channel_timeout(inputs)
	return en_channel_timeout(inputs)
});