/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_ServerInputs */

const en_help_server = /** @type {(inputs: Help_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server`)
};

const de_help_server = /** @type {(inputs: Help_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server`)
};

const fr_help_server = /** @type {(inputs: Help_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Serveur`)
};

/**
* | output |
* | --- |
* | "Server" |
*
* @param {Help_ServerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_server = /** @type {((inputs?: Help_ServerInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_ServerInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_server(inputs)
	if (locale === "fr") return fr_help_server(inputs)
	return en_help_server(inputs)
});