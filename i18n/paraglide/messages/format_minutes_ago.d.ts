/**
* | output |
* | --- |
* | "{n} min ago" |
*
* @param {Format_Minutes_AgoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_minutes_ago: ((inputs: Format_Minutes_AgoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Minutes_AgoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Format_Minutes_AgoInputs = {
    n: NonNullable<unknown>;
};
