/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ sentence: NonNullable<unknown> }} Cli_Reset_DoneInputs */

const en_cli_reset_done = /** @type {(inputs: Cli_Reset_DoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Reset to auto-assigned: ${i?.sentence}.`)
};

/**
* | output |
* | --- |
* | "Reset to auto-assigned: {sentence}." |
*
* @param {Cli_Reset_DoneInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_reset_done = /** @type {((inputs: Cli_Reset_DoneInputs, options?: { locale?: "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Reset_DoneInputs, { locale?: "en" }, {}>} */ ((inputs, options = {}) => {
	experimentalStaticLocale ?? options.locale ?? getLocale()
	return en_cli_reset_done(inputs)
});