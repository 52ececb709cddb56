/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presence_OnlineInputs */

const en_presence_online = /** @type {(inputs: Presence_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Available`)
};

const de_presence_online = /** @type {(inputs: Presence_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verfügbar`)
};

const fr_presence_online = /** @type {(inputs: Presence_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Disponible`)
};

/**
* | output |
* | --- |
* | "Available" |
*
* @param {Presence_OnlineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_online = /** @type {((inputs?: Presence_OnlineInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presence_OnlineInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_presence_online(inputs)
	if (locale === "fr") return fr_presence_online(inputs)
	return en_presence_online(inputs)
});