/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tray_Step_DiscoveringInputs */

const en_tray_step_discovering = /** @type {(inputs: Tray_Step_DiscoveringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`finding the server`)
};

const de_tray_step_discovering = /** @type {(inputs: Tray_Step_DiscoveringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server wird gesucht`)
};

const fr_tray_step_discovering = /** @type {(inputs: Tray_Step_DiscoveringInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`recherche du serveur`)
};

/**
* | output |
* | --- |
* | "finding the server" |
*
* @param {Tray_Step_DiscoveringInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_step_discovering = /** @type {((inputs?: Tray_Step_DiscoveringInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Step_DiscoveringInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tray_step_discovering(inputs)
	if (locale === "fr") return fr_tray_step_discovering(inputs)
	return en_tray_step_discovering(inputs)
});