/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_UsageInputs */

const en_cli_usage = /** @type {(inputs: Cli_UsageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`usage: npm run --silent ucwa -- <command> [options]`)
};

/**
* | output |
* | --- |
* | "usage: npm run --silent ucwa -- <command> [options]" |
*
* @param {Cli_UsageInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_usage = /** @type {((inputs?: Cli_UsageInputs, options?: { locale?: "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_UsageInputs, { locale?: "en" }, {}>} */ ((inputs = {}, options = {}) => {
	experimentalStaticLocale ?? options.locale ?? getLocale()
	return en_cli_usage(inputs)
});