/**
* | output |
* | --- |
* | "Rename {name}" |
*
* @param {Groups_RenameInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_rename: ((inputs: Groups_RenameInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_RenameInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Groups_RenameInputs = {
    name: NonNullable<unknown>;
};
