/**
* | output |
* | --- |
* | "The managed configuration could not be read: {why}" |
*
* @param {Policy_Load_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_load_failed: ((inputs: Policy_Load_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_Load_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Policy_Load_FailedInputs = {
    why: NonNullable<unknown>;
};
