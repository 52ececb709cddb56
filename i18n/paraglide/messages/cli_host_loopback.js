/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Host_LoopbackInputs */

const en_cli_host_loopback = /** @type {(inputs: Cli_Host_LoopbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--host must be a loopback address (127.0.0.0/8, localhost or ::1)`)
};

const de_cli_host_loopback = /** @type {(inputs: Cli_Host_LoopbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--host muss eine Loopback-Adresse sein (127.0.0.0/8, localhost oder ::1)`)
};

const fr_cli_host_loopback = /** @type {(inputs: Cli_Host_LoopbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--host doit être une adresse de bouclage (127.0.0.0/8, localhost ou ::1)`)
};

/**
* | output |
* | --- |
* | "--host must be a loopback address (127.0.0.0/8, localhost or ::1)" |
*
* @param {Cli_Host_LoopbackInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_host_loopback = /** @type {((inputs?: Cli_Host_LoopbackInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Host_LoopbackInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_host_loopback(inputs)
	if (locale === "fr") return fr_cli_host_loopback(inputs)
	return en_cli_host_loopback(inputs)
});