/**
* | output |
* | --- |
* | "The policy in {source} is ignored: it is not a set of named values." |
*
* @param {Policy_Not_Named_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_not_named_values: ((inputs: Policy_Not_Named_ValuesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_Not_Named_ValuesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Policy_Not_Named_ValuesInputs = {
    source: NonNullable<unknown>;
};
