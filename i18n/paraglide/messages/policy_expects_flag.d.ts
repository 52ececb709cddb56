/**
* | output |
* | --- |
* | "true or false (1 or 0)" |
*
* @param {Policy_Expects_FlagInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_expects_flag: ((inputs?: Policy_Expects_FlagInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_Expects_FlagInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Policy_Expects_FlagInputs = {};
