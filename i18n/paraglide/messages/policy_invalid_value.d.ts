/**
* | output |
* | --- |
* | "The policy {name} in {source} is ignored: it must be {expects}." |
*
* @param {Policy_Invalid_ValueInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_invalid_value: ((inputs: Policy_Invalid_ValueInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_Invalid_ValueInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Policy_Invalid_ValueInputs = {
    name: NonNullable<unknown>;
    source: NonNullable<unknown>;
    expects: NonNullable<unknown>;
};
