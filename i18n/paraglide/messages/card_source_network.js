/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Card_Source_NetworkInputs */

const en_card_source_network = /** @type {(inputs: Card_Source_NetworkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Source network`)
};

const de_card_source_network = /** @type {(inputs: Card_Source_NetworkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Herkunftsnetzwerk`)
};

const fr_card_source_network = /** @type {(inputs: Card_Source_NetworkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Réseau d'origine`)
};

/**
* | output |
* | --- |
* | "Source network" |
*
* @param {Card_Source_NetworkInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_source_network = /** @type {((inputs?: Card_Source_NetworkInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Card_Source_NetworkInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_card_source_network(inputs)
	if (locale === "fr") return fr_card_source_network(inputs)
	return en_card_source_network(inputs)
});