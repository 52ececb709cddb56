/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it is not valid JSON: {detail}." |
*
* @param {Policy_File_Not_Json_DetailInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_not_json_detail: ((inputs: Policy_File_Not_Json_DetailInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_File_Not_Json_DetailInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Policy_File_Not_Json_DetailInputs = {
    path: NonNullable<unknown>;
    detail: NonNullable<unknown>;
};
