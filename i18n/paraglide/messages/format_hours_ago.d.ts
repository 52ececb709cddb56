/**
* | output |
* | --- |
* | "{n} h ago" |
*
* @param {Format_Hours_AgoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_hours_ago: ((inputs: Format_Hours_AgoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Hours_AgoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Format_Hours_AgoInputs = {
    n: NonNullable<unknown>;
};
