/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Channel_Ended_Agent_Not_AllowedInputs */

const en_channel_ended_agent_not_allowed = /** @type {(inputs: Channel_Ended_Agent_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server does not allow this app to connect.`)
};

const de_channel_ended_agent_not_allowed = /** @type {(inputs: Channel_Ended_Agent_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server lässt diese App keine Verbindung herstellen.`)
};

const fr_channel_ended_agent_not_allowed = /** @type {(inputs: Channel_Ended_Agent_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur n’autorise pas cette application à se connecter.`)
};

/**
* | output |
* | --- |
* | "The server does not allow this app to connect." |
*
* @param {Channel_Ended_Agent_Not_AllowedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_ended_agent_not_allowed = /** @type {((inputs?: Channel_Ended_Agent_Not_AllowedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_Ended_Agent_Not_AllowedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_channel_ended_agent_not_allowed(inputs)
	if (locale === "fr") return fr_channel_ended_agent_not_allowed(inputs)
	return en_channel_ended_agent_not_allowed(inputs)
});