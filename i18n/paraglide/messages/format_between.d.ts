/**
* | output |
* | --- |
* | "between {from} and {to}" |
*
* @param {Format_BetweenInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_between: ((inputs: Format_BetweenInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_BetweenInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Format_BetweenInputs = {
    from: NonNullable<unknown>;
    to: NonNullable<unknown>;
};
