/**
* | output |
* | --- |
* | "When (UTC)" |
*
* @param {Activity_Csv_WhenInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_csv_when: ((inputs?: Activity_Csv_WhenInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_Csv_WhenInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Activity_Csv_WhenInputs = {};
