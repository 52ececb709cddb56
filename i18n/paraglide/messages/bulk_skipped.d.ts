/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} contact left as they are" |
* | * | "{n} contacts left as they are" |
*
* @param {Bulk_SkippedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_skipped: ((inputs: Bulk_SkippedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Bulk_SkippedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Bulk_SkippedInputs = {
    count: NonNullable<unknown>;
    n: NonNullable<unknown>;
};
