/**
* | output |
* | --- |
* | "neither JSON nor XML" |
*
* @param {Cli_Neither_Json_Nor_XmlInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_neither_json_nor_xml: ((inputs?: Cli_Neither_Json_Nor_XmlInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Neither_Json_Nor_XmlInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Neither_Json_Nor_XmlInputs = {};
