/**
* | output |
* | --- |
* | "Clear selection" |
*
* @param {Bulk_ClearInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_clear: ((inputs?: Bulk_ClearInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Bulk_ClearInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Bulk_ClearInputs = {};
