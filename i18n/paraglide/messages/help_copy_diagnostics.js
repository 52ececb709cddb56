/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Copy_DiagnosticsInputs */

const en_help_copy_diagnostics = /** @type {(inputs: Help_Copy_DiagnosticsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy diagnostics`)
};

const de_help_copy_diagnostics = /** @type {(inputs: Help_Copy_DiagnosticsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diagnose kopieren`)
};

const fr_help_copy_diagnostics = /** @type {(inputs: Help_Copy_DiagnosticsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copier le diagnostic`)
};

/**
* | output |
* | --- |
* | "Copy diagnostics" |
*
* @param {Help_Copy_DiagnosticsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_copy_diagnostics = /** @type {((inputs?: Help_Copy_DiagnosticsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Copy_DiagnosticsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_copy_diagnostics(inputs)
	if (locale === "fr") return fr_help_copy_diagnostics(inputs)
	return en_help_copy_diagnostics(inputs)
});