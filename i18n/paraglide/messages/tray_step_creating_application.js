/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tray_Step_Creating_ApplicationInputs */

const en_tray_step_creating_application = /** @type {(inputs: Tray_Step_Creating_ApplicationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`starting the session`)
};

const de_tray_step_creating_application = /** @type {(inputs: Tray_Step_Creating_ApplicationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sitzung wird gestartet`)
};

const fr_tray_step_creating_application = /** @type {(inputs: Tray_Step_Creating_ApplicationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ouverture de la session`)
};

/**
* | output |
* | --- |
* | "starting the session" |
*
* @param {Tray_Step_Creating_ApplicationInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_step_creating_application = /** @type {((inputs?: Tray_Step_Creating_ApplicationInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Step_Creating_ApplicationInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tray_step_creating_application(inputs)
	if (locale === "fr") return fr_tray_step_creating_application(inputs)
	return en_tray_step_creating_application(inputs)
});