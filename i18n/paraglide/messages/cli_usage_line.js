/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ syntax: NonNullable<unknown> }} Cli_Usage_LineInputs */

const en_cli_usage_line = /** @type {(inputs: Cli_Usage_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`usage: ${i?.syntax}`)
};

const de_cli_usage_line = /** @type {(inputs: Cli_Usage_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Aufruf: ${i?.syntax}`)
};

const fr_cli_usage_line = /** @type {(inputs: Cli_Usage_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`utilisation : ${i?.syntax}`)
};

/**
* | output |
* | --- |
* | "usage: {syntax}" |
*
* @param {Cli_Usage_LineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_usage_line = /** @type {((inputs: Cli_Usage_LineInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Usage_LineInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_usage_line(inputs)
	if (locale === "fr") return fr_cli_usage_line(inputs)
	return en_cli_usage_line(inputs)
});