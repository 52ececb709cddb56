/**
* | output |
* | --- |
* | "The policy in {source} could not be read: {why}" |
*
* @param {Policy_Source_UnreadableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_source_unreadable: ((inputs: Policy_Source_UnreadableInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_Source_UnreadableInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Policy_Source_UnreadableInputs = {
    source: NonNullable<unknown>;
    why: NonNullable<unknown>;
};
