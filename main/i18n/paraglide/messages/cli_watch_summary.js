/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Watch_SummaryInputs */

const en_cli_watch_summary = /** @type {(inputs: Cli_Watch_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sign in and stream NDJSON events`)
};

/**
* | output |
* | --- |
* | "sign in and stream NDJSON events" |
*
* @param {Cli_Watch_SummaryInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_watch_summary = /** @type {((inputs?: Cli_Watch_SummaryInputs, options?: { locale?: "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Watch_SummaryInputs, { locale?: "en" }, {}>} */ ((inputs = {}, options = {}) => {
	experimentalStaticLocale ?? options.locale ?? getLocale()
	return en_cli_watch_summary(inputs)
});