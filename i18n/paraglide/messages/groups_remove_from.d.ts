/**
* | output |
* | --- |
* | "Remove from {group}" |
*
* @param {Groups_Remove_FromInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_remove_from: ((inputs: Groups_Remove_FromInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_Remove_FromInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Groups_Remove_FromInputs = {
    group: NonNullable<unknown>;
};
