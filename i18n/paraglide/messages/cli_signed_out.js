/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Signed_OutInputs */

const en_cli_signed_out = /** @type {(inputs: Cli_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`signed out`)
};

const de_cli_signed_out = /** @type {(inputs: Cli_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`abgemeldet`)
};

const fr_cli_signed_out = /** @type {(inputs: Cli_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`déconnecté`)
};

/**
* | output |
* | --- |
* | "signed out" |
*
* @param {Cli_Signed_OutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_signed_out = /** @type {((inputs?: Cli_Signed_OutInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Signed_OutInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_signed_out(inputs)
	if (locale === "fr") return fr_cli_signed_out(inputs)
	return en_cli_signed_out(inputs)
});