/**
* | output |
* | --- |
* | "Seen by {levels}" |
*
* @param {Wsw_Seen_ByInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_seen_by: ((inputs: Wsw_Seen_ByInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Seen_ByInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_Seen_ByInputs = {
    levels: NonNullable<unknown>;
};
