/**
* | output |
* | --- |
* | "Changes applied" |
*
* @param {Bulk_Progress_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_progress_label: ((inputs?: Bulk_Progress_LabelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Bulk_Progress_LabelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Bulk_Progress_LabelInputs = {};
