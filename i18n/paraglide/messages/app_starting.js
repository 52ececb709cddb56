/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} App_StartingInputs */

const en_app_starting = /** @type {(inputs: App_StartingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Starting…`)
};

const de_app_starting = /** @type {(inputs: App_StartingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wird gestartet…`)
};

const fr_app_starting = /** @type {(inputs: App_StartingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Démarrage…`)
};

/**
* | output |
* | --- |
* | "Starting…" |
*
* @param {App_StartingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const app_starting = /** @type {((inputs?: App_StartingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_StartingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_app_starting(inputs)
	if (locale === "fr") return fr_app_starting(inputs)
	return en_app_starting(inputs)
});