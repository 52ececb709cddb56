/**
* | output |
* | --- |
* | "{head} and {last}" |
*
* @param {Wsw_AndInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_and: ((inputs: Wsw_AndInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_AndInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_AndInputs = {
    head: NonNullable<unknown>;
    last: NonNullable<unknown>;
};
