/**
* | output |
* | --- |
* | "My delegates" |
*
* @param {Groups_My_DelegatesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_my_delegates: ((inputs?: Groups_My_DelegatesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_My_DelegatesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Groups_My_DelegatesInputs = {};
