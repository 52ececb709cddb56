/**
* | output |
* | --- |
* | "Reading the members…" |
*
* @param {Groups_Reading_MembersInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_reading_members: ((inputs?: Groups_Reading_MembersInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_Reading_MembersInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Groups_Reading_MembersInputs = {};
