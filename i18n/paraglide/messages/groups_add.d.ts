/**
* | output |
* | --- |
* | "Add {name}" |
*
* @param {Groups_AddInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_add: ((inputs: Groups_AddInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_AddInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Groups_AddInputs = {
    name: NonNullable<unknown>;
};
