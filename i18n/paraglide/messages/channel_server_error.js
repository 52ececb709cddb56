/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ status: NonNullable<unknown> }} Channel_Server_ErrorInputs */

const en_channel_server_error = /** @type {(inputs: Channel_Server_ErrorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The server had a problem (HTTP ${i?.status}).`)
};

const de_channel_server_error = /** @type {(inputs: Channel_Server_ErrorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Server hatte ein Problem (HTTP ${i?.status}).`)
};

const fr_channel_server_error = /** @type {(inputs: Channel_Server_ErrorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le serveur a rencontré un problème (HTTP ${i?.status}).`)
};

/**
* | output |
* | --- |
* | "The server had a problem (HTTP {status})." |
*
* @param {Channel_Server_ErrorInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_server_error = /** @type {((inputs: Channel_Server_ErrorInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_Server_ErrorInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_channel_server_error(inputs)
	if (locale === "fr") return fr_channel_server_error(inputs)
	return en_channel_server_error(inputs)
});