/**
* | output |
* | --- |
* | "The policy {name} in {source} is not known and is ignored." |
*
* @param {Policy_Unknown_KeyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_unknown_key: ((inputs: Policy_Unknown_KeyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_Unknown_KeyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Policy_Unknown_KeyInputs = {
    name: NonNullable<unknown>;
    source: NonNullable<unknown>;
};
