/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} contact selected" |
* | * | "{n} contacts selected" |
*
* @param {Bulk_SelectedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_selected: ((inputs: Bulk_SelectedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Bulk_SelectedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Bulk_SelectedInputs = {
    count: NonNullable<unknown>;
    n: NonNullable<unknown>;
};
