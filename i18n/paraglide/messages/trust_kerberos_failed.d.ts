/**
* | output |
* | --- |
* | "Kerberos sign-in to {host} did not work." |
*
* @param {Trust_Kerberos_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_kerberos_failed: ((inputs: Trust_Kerberos_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Kerberos_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Trust_Kerberos_FailedInputs = {
    host: NonNullable<unknown>;
};
