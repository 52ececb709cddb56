/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_UsageInputs */

const en_cli_usage = /** @type {(inputs: Cli_UsageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`usage: npm run --silent ucwa -- <command> [options]`)
};

const de_cli_usage = /** @type {(inputs: Cli_UsageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aufruf: npm run --silent ucwa -- <Befehl> [Optionen]`)
};

const fr_cli_usage = /** @type {(inputs: Cli_UsageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`utilisation : npm run --silent ucwa -- <commande> [options]`)
};

/**
* | output |
* | --- |
* | "usage: npm run --silent ucwa -- <command> [options]" |
*
* @param {Cli_UsageInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_usage = /** @type {((inputs?: Cli_UsageInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_UsageInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_usage(inputs)
	if (locale === "fr") return fr_cli_usage(inputs)
	return en_cli_usage(inputs)
});