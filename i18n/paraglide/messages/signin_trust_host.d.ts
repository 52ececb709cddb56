/**
* | output |
* | --- |
* | "Trust {host} and sign in" |
*
* @param {Signin_Trust_HostInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_trust_host: ((inputs: Signin_Trust_HostInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Trust_HostInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Signin_Trust_HostInputs = {
    host: NonNullable<unknown>;
};
