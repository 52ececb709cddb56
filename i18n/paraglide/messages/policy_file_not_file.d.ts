/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it is not a file." |
*
* @param {Policy_File_Not_FileInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_not_file: ((inputs: Policy_File_Not_FileInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_File_Not_FileInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Policy_File_Not_FileInputs = {
    path: NonNullable<unknown>;
};
