/**
* | output |
* | --- |
* | "{n} {level}" |
*
* @param {Bulk_Level_CountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_level_count: ((inputs: Bulk_Level_CountInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Bulk_Level_CountInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Bulk_Level_CountInputs = {
    n: NonNullable<unknown>;
    level: NonNullable<unknown>;
};
