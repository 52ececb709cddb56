/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Neither_Json_Nor_XmlInputs */

const en_cli_neither_json_nor_xml = /** @type {(inputs: Cli_Neither_Json_Nor_XmlInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`neither JSON nor XML`)
};

/**
* | output |
* | --- |
* | "neither JSON nor XML" |
*
* @param {Cli_Neither_Json_Nor_XmlInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_neither_json_nor_xml = /** @type {((inputs?: Cli_Neither_Json_Nor_XmlInputs, options?: { locale?: "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Neither_Json_Nor_XmlInputs, { locale?: "en" }, {}>} */ ((inputs = {}, options = {}) => {
	experimentalStaticLocale ?? options.locale ?? getLocale()
	return en_cli_neither_json_nor_xml(inputs)
});