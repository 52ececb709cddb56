/**
* | output |
* | --- |
* | "The policy file {path} is ignored: it is larger than {kilobytes} KB." |
*
* @param {Policy_File_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_file_too_large: ((inputs: Policy_File_Too_LargeInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_File_Too_LargeInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Policy_File_Too_LargeInputs = {
    path: NonNullable<unknown>;
    kilobytes: NonNullable<unknown>;
};
