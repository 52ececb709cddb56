/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_State_OptionInputs */

const en_cli_state_option = /** @type {(inputs: Cli_State_OptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--state needs a file name`)
};

const de_cli_state_option = /** @type {(inputs: Cli_State_OptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--state braucht einen Dateinamen`)
};

const fr_cli_state_option = /** @type {(inputs: Cli_State_OptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--state nécessite un nom de fichier`)
};

/**
* | output |
* | --- |
* | "--state needs a file name" |
*
* @param {Cli_State_OptionInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_state_option = /** @type {((inputs?: Cli_State_OptionInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_State_OptionInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_state_option(inputs)
	if (locale === "fr") return fr_cli_state_option(inputs)
	return en_cli_state_option(inputs)
});