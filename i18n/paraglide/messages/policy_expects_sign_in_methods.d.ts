/**
* | output |
* | --- |
* | "a list of one or more of {methods}" |
*
* @param {Policy_Expects_Sign_In_MethodsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_expects_sign_in_methods: ((inputs: Policy_Expects_Sign_In_MethodsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_Expects_Sign_In_MethodsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Policy_Expects_Sign_In_MethodsInputs = {
    methods: NonNullable<unknown>;
};
