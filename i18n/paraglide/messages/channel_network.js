/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Channel_NetworkInputs */

const en_channel_network = /** @type {(inputs: Channel_NetworkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The network is unavailable.`)
};

const de_channel_network = /** @type {(inputs: Channel_NetworkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Netzwerk ist nicht verfügbar.`)
};

const fr_channel_network = /** @type {(inputs: Channel_NetworkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le réseau n’est pas disponible.`)
};

/**
* | output |
* | --- |
* | "The network is unavailable." |
*
* @param {Channel_NetworkInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_network = /** @type {((inputs?: Channel_NetworkInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_NetworkInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_channel_network(inputs)
	if (locale === "fr") return fr_channel_network(inputs)
	return en_channel_network(inputs)
});