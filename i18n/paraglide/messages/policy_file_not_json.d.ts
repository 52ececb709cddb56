/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it is not valid JSON." |
*
* @param {Policy_File_Not_JsonInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_not_json: ((inputs: Policy_File_Not_JsonInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_File_Not_JsonInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Policy_File_Not_JsonInputs = {
    path: NonNullable<unknown>;
};
