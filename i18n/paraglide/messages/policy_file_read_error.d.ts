/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it could not be read ({code})." |
*
* @param {Policy_File_Read_ErrorInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_read_error: ((inputs: Policy_File_Read_ErrorInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_File_Read_ErrorInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Policy_File_Read_ErrorInputs = {
    path: NonNullable<unknown>;
    code: NonNullable<unknown>;
};
