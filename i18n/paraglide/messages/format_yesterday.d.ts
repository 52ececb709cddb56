/**
* | output |
* | --- |
* | "yesterday" |
*
* @param {Format_YesterdayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_yesterday: ((inputs?: Format_YesterdayInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_YesterdayInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Format_YesterdayInputs = {};
