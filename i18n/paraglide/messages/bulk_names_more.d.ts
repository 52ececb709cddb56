/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{names} and {n} more" |
* | * | "{names} and {n} more" |
*
* @param {Bulk_Names_MoreInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_names_more: ((inputs: Bulk_Names_MoreInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Bulk_Names_MoreInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Bulk_Names_MoreInputs = {
    count: NonNullable<unknown>;
    names: NonNullable<unknown>;
    n: NonNullable<unknown>;
};
