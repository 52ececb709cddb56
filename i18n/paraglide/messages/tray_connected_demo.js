/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ user: NonNullable<unknown> }} Tray_Connected_DemoInputs */

const en_tray_connected_demo = /** @type {(inputs: Tray_Connected_DemoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Connected as ${i?.user} (demo)`)
};

const de_tray_connected_demo = /** @type {(inputs: Tray_Connected_DemoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Verbunden als ${i?.user} (Demo)`)
};

const fr_tray_connected_demo = /** @type {(inputs: Tray_Connected_DemoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Connecté en tant que ${i?.user} (démo)`)
};

/**
* | output |
* | --- |
* | "Connected as {user} (demo)" |
*
* @param {Tray_Connected_DemoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_connected_demo = /** @type {((inputs: Tray_Connected_DemoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Connected_DemoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tray_connected_demo(inputs)
	if (locale === "fr") return fr_tray_connected_demo(inputs)
	return en_tray_connected_demo(inputs)
});