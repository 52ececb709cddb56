/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Loading {n} contact" |
* | * | "Loading {n} contacts" |
*
* @param {Format_Step_Loading_CountInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_step_loading_count: ((inputs: Format_Step_Loading_CountInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Step_Loading_CountInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Format_Step_Loading_CountInputs = {
    count: NonNullable<unknown>;
    n: NonNullable<unknown>;
};
