/**
* | output |
* | --- |
* | "Delete {name}" |
*
* @param {Groups_DeleteInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_delete: ((inputs: Groups_DeleteInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_DeleteInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Groups_DeleteInputs = {
    name: NonNullable<unknown>;
};
