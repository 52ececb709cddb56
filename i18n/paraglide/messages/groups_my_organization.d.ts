/**
* | output |
* | --- |
* | "My organization" |
*
* @param {Groups_My_OrganizationInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_my_organization: ((inputs?: Groups_My_OrganizationInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_My_OrganizationInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Groups_My_OrganizationInputs = {};
