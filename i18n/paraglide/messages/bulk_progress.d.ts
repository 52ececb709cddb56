/**
* | output |
* | --- |
* | "Changing {done} of {total}…" |
*
* @param {Bulk_ProgressInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_progress: ((inputs: Bulk_ProgressInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Bulk_ProgressInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Bulk_ProgressInputs = {
    done: NonNullable<unknown>;
    total: NonNullable<unknown>;
};
