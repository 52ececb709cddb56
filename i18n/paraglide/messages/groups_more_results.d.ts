/**
* | output |
* | --- |
* | "More people match: type more of the name." |
*
* @param {Groups_More_ResultsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_more_results: ((inputs?: Groups_More_ResultsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_More_ResultsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Groups_More_ResultsInputs = {};
