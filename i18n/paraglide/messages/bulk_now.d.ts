/**
* | output |
* | --- |
* | "Now: {levels}." |
*
* @param {Bulk_NowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_now: ((inputs: Bulk_NowInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Bulk_NowInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Bulk_NowInputs = {
    levels: NonNullable<unknown>;
};
