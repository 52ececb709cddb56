/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Source_FederatedInputs */

const en_format_source_federated = /** @type {(inputs: Format_Source_FederatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Federated (another organisation)`)
};

const de_format_source_federated = /** @type {(inputs: Format_Source_FederatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verbunden (eine andere Organisation)`)
};

const fr_format_source_federated = /** @type {(inputs: Format_Source_FederatedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fédéré (une autre organisation)`)
};

/**
* | output |
* | --- |
* | "Federated (another organisation)" |
*
* @param {Format_Source_FederatedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_source_federated = /** @type {((inputs?: Format_Source_FederatedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Source_FederatedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_format_source_federated(inputs)
	if (locale === "fr") return fr_format_source_federated(inputs)
	return en_format_source_federated(inputs)
});