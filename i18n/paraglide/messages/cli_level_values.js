/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ levels: NonNullable<unknown> }} Cli_Level_ValuesInputs */

const en_cli_level_values = /** @type {(inputs: Cli_Level_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LEVEL must be one of ${i?.levels}`)
};

const de_cli_level_values = /** @type {(inputs: Cli_Level_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LEVEL muss einer der folgenden Werte sein: ${i?.levels}`)
};

const fr_cli_level_values = /** @type {(inputs: Cli_Level_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`LEVEL doit être l’une des valeurs suivantes : ${i?.levels}`)
};

/**
* | output |
* | --- |
* | "LEVEL must be one of {levels}" |
*
* @param {Cli_Level_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_level_values = /** @type {((inputs: Cli_Level_ValuesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Level_ValuesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_level_values(inputs)
	if (locale === "fr") return fr_cli_level_values(inputs)
	return en_cli_level_values(inputs)
});