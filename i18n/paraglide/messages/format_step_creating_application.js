/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Step_Creating_ApplicationInputs */

const en_format_step_creating_application = /** @type {(inputs: Format_Step_Creating_ApplicationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opening a session`)
};

const de_format_step_creating_application = /** @type {(inputs: Format_Step_Creating_ApplicationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sitzung wird geöffnet`)
};

const fr_format_step_creating_application = /** @type {(inputs: Format_Step_Creating_ApplicationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ouverture d'une session`)
};

/**
* | output |
* | --- |
* | "Opening a session" |
*
* @param {Format_Step_Creating_ApplicationInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_step_creating_application = /** @type {((inputs?: Format_Step_Creating_ApplicationInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Step_Creating_ApplicationInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_format_step_creating_application(inputs)
	if (locale === "fr") return fr_format_step_creating_application(inputs)
	return en_format_step_creating_application(inputs)
});