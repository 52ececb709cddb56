/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Err_NetworkInputs */

const en_err_network = /** @type {(inputs: Err_NetworkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cannot reach the server`)
};

const de_err_network = /** @type {(inputs: Err_NetworkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server ist nicht erreichbar`)
};

const fr_err_network = /** @type {(inputs: Err_NetworkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Impossible de joindre le serveur`)
};

/**
* | output |
* | --- |
* | "Cannot reach the server" |
*
* @param {Err_NetworkInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_network = /** @type {((inputs?: Err_NetworkInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_NetworkInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_err_network(inputs)
	if (locale === "fr") return fr_err_network(inputs)
	return en_err_network(inputs)
});