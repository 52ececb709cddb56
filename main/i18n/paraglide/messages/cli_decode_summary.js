/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Decode_SummaryInputs */

const en_cli_decode_summary = /** @type {(inputs: Cli_Decode_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`print each UCWA representation as the normalised model`)
};

/**
* | output |
* | --- |
* | "print each UCWA representation as the normalised model" |
*
* @param {Cli_Decode_SummaryInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_decode_summary = /** @type {((inputs?: Cli_Decode_SummaryInputs, options?: { locale?: "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Decode_SummaryInputs, { locale?: "en" }, {}>} */ ((inputs = {}, options = {}) => {
	experimentalStaticLocale ?? options.locale ?? getLocale()
	return en_cli_decode_summary(inputs)
});