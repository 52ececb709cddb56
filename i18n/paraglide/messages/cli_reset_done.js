/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ sentence: NonNullable<unknown> }} Cli_Reset_DoneInputs */

const en_cli_reset_done = /** @type {(inputs: Cli_Reset_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Reset to auto-assigned: ${i?.sentence}.`)
};

const de_cli_reset_done = /** @type {(inputs: Cli_Reset_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Auf automatisch zugewiesen zurückgesetzt: ${i?.sentence}.`)
};

const fr_cli_reset_done = /** @type {(inputs: Cli_Reset_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Réinitialisé à l’attribution automatique : ${i?.sentence}.`)
};

/**
* | output |
* | --- |
* | "Reset to auto-assigned: {sentence}." |
*
* @param {Cli_Reset_DoneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_reset_done = /** @type {((inputs: Cli_Reset_DoneInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Reset_DoneInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_reset_done(inputs)
	if (locale === "fr") return fr_cli_reset_done(inputs)
	return en_cli_reset_done(inputs)
});