/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_CommandsInputs */

const en_cli_commands = /** @type {(inputs: Cli_CommandsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`commands:`)
};

const de_cli_commands = /** @type {(inputs: Cli_CommandsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Befehle:`)
};

const fr_cli_commands = /** @type {(inputs: Cli_CommandsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`commandes :`)
};

/**
* | output |
* | --- |
* | "commands:" |
*
* @param {Cli_CommandsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_commands = /** @type {((inputs?: Cli_CommandsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_CommandsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_commands(inputs)
	if (locale === "fr") return fr_cli_commands(inputs)
	return en_cli_commands(inputs)
});