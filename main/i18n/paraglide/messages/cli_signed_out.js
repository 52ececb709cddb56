/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Signed_OutInputs */

const en_cli_signed_out = /** @type {(inputs: Cli_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`signed out`)
};

/**
* | output |
* | --- |
* | "signed out" |
*
* @param {Cli_Signed_OutInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_signed_out = /** @type {((inputs?: Cli_Signed_OutInputs, options?: { locale?: "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Signed_OutInputs, { locale?: "en" }, {}>} */ ((inputs = {}, options = {}) => {
	experimentalStaticLocale ?? options.locale ?? getLocale()
	return en_cli_signed_out(inputs)
});