/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Change {n} contact" |
* | * | "Change {n} contacts" |
*
* @param {Bulk_Change_CountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_change_count: ((inputs: Bulk_Change_CountInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Bulk_Change_CountInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Bulk_Change_CountInputs = {
    count: NonNullable<unknown>;
    n: NonNullable<unknown>;
};
