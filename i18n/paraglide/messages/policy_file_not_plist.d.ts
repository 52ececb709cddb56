/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it is not a valid property list." |
*
* @param {Policy_File_Not_PlistInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_not_plist: ((inputs: Policy_File_Not_PlistInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_File_Not_PlistInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Policy_File_Not_PlistInputs = {
    path: NonNullable<unknown>;
};
