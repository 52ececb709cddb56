/**
* | output |
* | --- |
* | "{count} {level}" |
*
* @param {Wsw_Level_CountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_level_count: ((inputs: Wsw_Level_CountInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Level_CountInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_Level_CountInputs = {
    count: NonNullable<unknown>;
    level: NonNullable<unknown>;
};
