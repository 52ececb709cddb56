/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ uri: NonNullable<unknown> }} Cli_Not_TaggedInputs */

const en_cli_not_tagged = /** @type {(inputs: Cli_Not_TaggedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.uri} is not tagged`)
};

const de_cli_not_tagged = /** @type {(inputs: Cli_Not_TaggedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.uri} ist nicht markiert`)
};

const fr_cli_not_tagged = /** @type {(inputs: Cli_Not_TaggedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.uri} n’est pas marqué`)
};

/**
* | output |
* | --- |
* | "{uri} is not tagged" |
*
* @param {Cli_Not_TaggedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_not_tagged = /** @type {((inputs: Cli_Not_TaggedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Not_TaggedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_not_tagged(inputs)
	if (locale === "fr") return fr_cli_not_tagged(inputs)
	return en_cli_not_tagged(inputs)
});