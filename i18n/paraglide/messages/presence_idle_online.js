/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presence_Idle_OnlineInputs */

const en_presence_idle_online = /** @type {(inputs: Presence_Idle_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inactive`)
};

const de_presence_idle_online = /** @type {(inputs: Presence_Idle_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inaktiv`)
};

const fr_presence_idle_online = /** @type {(inputs: Presence_Idle_OnlineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inactif`)
};

/**
* | output |
* | --- |
* | "Inactive" |
*
* @param {Presence_Idle_OnlineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_idle_online = /** @type {((inputs?: Presence_Idle_OnlineInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presence_Idle_OnlineInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_presence_idle_online(inputs)
	if (locale === "fr") return fr_presence_idle_online(inputs)
	return en_presence_idle_online(inputs)
});