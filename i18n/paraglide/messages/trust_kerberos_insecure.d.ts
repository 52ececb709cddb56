/**
* | output |
* | --- |
* | "{host} does not use a secure (https) connection, so Windows sign-in was not sent to it." |
*
* @param {Trust_Kerberos_InsecureInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_kerberos_insecure: ((inputs: Trust_Kerberos_InsecureInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Kerberos_InsecureInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Trust_Kerberos_InsecureInputs = {
    host: NonNullable<unknown>;
};
