/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Channel_Outage_Too_LongInputs */

const en_channel_outage_too_long = /** @type {(inputs: Channel_Outage_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The connection was lost for too long.`)
};

const de_channel_outage_too_long = /** @type {(inputs: Channel_Outage_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Verbindung war zu lange unterbrochen.`)
};

const fr_channel_outage_too_long = /** @type {(inputs: Channel_Outage_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La connexion a été perdue trop longtemps.`)
};

/**
* | output |
* | --- |
* | "The connection was lost for too long." |
*
* @param {Channel_Outage_Too_LongInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_outage_too_long = /** @type {((inputs?: Channel_Outage_Too_LongInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Channel_Outage_Too_LongInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_channel_outage_too_long(inputs)
	if (locale === "fr") return fr_channel_outage_too_long(inputs)
	return en_channel_outage_too_long(inputs)
});