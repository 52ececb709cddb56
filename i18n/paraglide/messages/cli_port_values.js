/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ port: NonNullable<unknown> }} Cli_Port_ValuesInputs */

const en_cli_port_values = /** @type {(inputs: Cli_Port_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--port must be 0–65535, got "${i?.port}"`)
};

const de_cli_port_values = /** @type {(inputs: Cli_Port_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--port muss zwischen 0 und 65535 liegen, angegeben: „${i?.port}“`)
};

const fr_cli_port_values = /** @type {(inputs: Cli_Port_ValuesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`--port doit être compris entre 0 et 65535, reçu « ${i?.port} »`)
};

/**
* | output |
* | --- |
* | "--port must be 0–65535, got \"{port}\"" |
*
* @param {Cli_Port_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_port_values = /** @type {((inputs: Cli_Port_ValuesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Port_ValuesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_port_values(inputs)
	if (locale === "fr") return fr_cli_port_values(inputs)
	return en_cli_port_values(inputs)
});