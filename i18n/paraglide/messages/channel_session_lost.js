/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Channel_Session_LostInputs */

const en_channel_session_lost = /** @type {(inputs: Channel_Session_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server no longer knows this session.`)
};

const de_channel_session_lost = /** @type {(inputs: Channel_Session_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server kennt diese Sitzung nicht mehr.`)
};

const fr_channel_session_lost = /** @type {(inputs: Channel_Session_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur ne connaît plus cette session.`)
};

/**
* | output |
* | --- |
* | "The server no longer knows this session." |
*
* @param {Channel_Session_LostInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_session_lost = /** @type {((inputs?: Channel_Session_LostInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_Session_LostInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_channel_session_lost(inputs)
	if (locale === "fr") return fr_channel_session_lost(inputs)
	return en_channel_session_lost(inputs)
});