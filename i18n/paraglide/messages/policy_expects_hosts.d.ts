/**
* | output |
* | --- |
* | "a list of host names or domains, such as contoso.com" |
*
* @param {Policy_Expects_HostsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const policy_expects_hosts: ((inputs?: Policy_Expects_HostsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Policy_Expects_HostsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Policy_Expects_HostsInputs = {};
