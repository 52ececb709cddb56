/**
* | output |
* | --- |
* | "neither JSON nor XML" |
*
* @param {Cli_Neither_Json_Nor_XmlInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_neither_json_nor_xml: ((inputs?: Cli_Neither_Json_Nor_XmlInputs, options?: {
    locale?: "en";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Neither_Json_Nor_XmlInputs, {
    locale?: "en";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Neither_Json_Nor_XmlInputs = {};
