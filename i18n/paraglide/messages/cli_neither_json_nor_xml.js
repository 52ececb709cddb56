/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Neither_Json_Nor_XmlInputs */

const en_cli_neither_json_nor_xml = /** @type {(inputs: Cli_Neither_Json_Nor_XmlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`neither JSON nor XML`)
};

const de_cli_neither_json_nor_xml = /** @type {(inputs: Cli_Neither_Json_Nor_XmlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`weder JSON noch XML`)
};

const fr_cli_neither_json_nor_xml = /** @type {(inputs: Cli_Neither_Json_Nor_XmlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ni JSON ni XML`)
};

/**
* | output |
* | --- |
* | "neither JSON nor XML" |
*
* @param {Cli_Neither_Json_Nor_XmlInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_neither_json_nor_xml = /** @type {((inputs?: Cli_Neither_Json_Nor_XmlInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Neither_Json_Nor_XmlInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_neither_json_nor_xml(inputs)
	if (locale === "fr") return fr_cli_neither_json_nor_xml(inputs)
	return en_cli_neither_json_nor_xml(inputs)
});