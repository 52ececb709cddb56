/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ server: NonNullable<unknown> }} Settings_ServerInputs */

const en_settings_server = /** @type {(inputs: Settings_ServerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Server: ${i?.server}`)
};

const de_settings_server = /** @type {(inputs: Settings_ServerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Server: ${i?.server}`)
};

const fr_settings_server = /** @type {(inputs: Settings_ServerInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Serveur : ${i?.server}`)
};

/**
* | output |
* | --- |
* | "Server: {server}" |
*
* @param {Settings_ServerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_server = /** @type {((inputs: Settings_ServerInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_ServerInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_settings_server(inputs)
	if (locale === "fr") return fr_settings_server(inputs)
	return en_settings_server(inputs)
});