/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Channel_Ended_ExpiredInputs */

const en_channel_ended_expired = /** @type {(inputs: Channel_Ended_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The session expired after a long time without contact with the server.`)
};

const de_channel_ended_expired = /** @type {(inputs: Channel_Ended_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Sitzung ist abgelaufen, weil lange kein Kontakt zum Server bestand.`)
};

const fr_channel_ended_expired = /** @type {(inputs: Channel_Ended_ExpiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La session a expiré après une longue période sans contact avec le serveur.`)
};

/**
* | output |
* | --- |
* | "The session expired after a long time without contact with the server." |
*
* @param {Channel_Ended_ExpiredInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_ended_expired = /** @type {((inputs?: Channel_Ended_ExpiredInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_Ended_ExpiredInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_channel_ended_expired(inputs)
	if (locale === "fr") return fr_channel_ended_expired(inputs)
	return en_channel_ended_expired(inputs)
});