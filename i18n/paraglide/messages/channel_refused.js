/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ status: NonNullable<unknown> }} Channel_RefusedInputs */

const en_channel_refused = /** @type {(inputs: Channel_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The server refused the connection (HTTP ${i?.status}).`)
};

const de_channel_refused = /** @type {(inputs: Channel_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Server hat die Verbindung abgelehnt (HTTP ${i?.status}).`)
};

const fr_channel_refused = /** @type {(inputs: Channel_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le serveur a refusé la connexion (HTTP ${i?.status}).`)
};

/**
* | output |
* | --- |
* | "The server refused the connection (HTTP {status})." |
*
* @param {Channel_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_refused = /** @type {((inputs: Channel_RefusedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_RefusedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_channel_refused(inputs)
	if (locale === "fr") return fr_channel_refused(inputs)
	return en_channel_refused(inputs)
});