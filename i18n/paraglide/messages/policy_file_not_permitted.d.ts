/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it may not be read." |
*
* @param {Policy_File_Not_PermittedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_not_permitted: ((inputs: Policy_File_Not_PermittedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_File_Not_PermittedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Policy_File_Not_PermittedInputs = {
    path: NonNullable<unknown>;
};
