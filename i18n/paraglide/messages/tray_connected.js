/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ user: NonNullable<unknown> }} Tray_ConnectedInputs */

const en_tray_connected = /** @type {(inputs: Tray_ConnectedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Connected as ${i?.user}`)
};

const de_tray_connected = /** @type {(inputs: Tray_ConnectedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Verbunden als ${i?.user}`)
};

const fr_tray_connected = /** @type {(inputs: Tray_ConnectedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Connecté en tant que ${i?.user}`)
};

/**
* | output |
* | --- |
* | "Connected as {user}" |
*
* @param {Tray_ConnectedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_connected = /** @type {((inputs: Tray_ConnectedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_ConnectedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tray_connected(inputs)
	if (locale === "fr") return fr_tray_connected(inputs)
	return en_tray_connected(inputs)
});