/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ level: NonNullable<unknown> }} Cli_Level_NowInputs */

const en_cli_level_now = /** @type {(inputs: Cli_Level_NowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(now ${i?.level})`)
};

const de_cli_level_now = /** @type {(inputs: Cli_Level_NowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(jetzt ${i?.level})`)
};

const fr_cli_level_now = /** @type {(inputs: Cli_Level_NowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`(maintenant ${i?.level})`)
};

/**
* | output |
* | --- |
* | "(now {level})" |
*
* @param {Cli_Level_NowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_level_now = /** @type {((inputs: Cli_Level_NowInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Level_NowInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_level_now(inputs)
	if (locale === "fr") return fr_cli_level_now(inputs)
	return en_cli_level_now(inputs)
});