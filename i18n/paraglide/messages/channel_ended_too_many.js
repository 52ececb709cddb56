/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Channel_Ended_Too_ManyInputs */

const en_channel_ended_too_many = /** @type {(inputs: Channel_Ended_Too_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You are signed in on too many devices. Sign out somewhere else and try again.`)
};

const de_channel_ended_too_many = /** @type {(inputs: Channel_Ended_Too_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie sind auf zu vielen Geräten angemeldet. Melden Sie sich auf einem anderen ab und versuchen Sie es erneut.`)
};

const fr_channel_ended_too_many = /** @type {(inputs: Channel_Ended_Too_ManyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vous êtes connecté sur trop d’appareils. Déconnectez-vous ailleurs et réessayez.`)
};

/**
* | output |
* | --- |
* | "You are signed in on too many devices. Sign out somewhere else and try again." |
*
* @param {Channel_Ended_Too_ManyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_ended_too_many = /** @type {((inputs?: Channel_Ended_Too_ManyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_Ended_Too_ManyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_channel_ended_too_many(inputs)
	if (locale === "fr") return fr_channel_ended_too_many(inputs)
	return en_channel_ended_too_many(inputs)
});