/**
* | output |
* | --- |
* | "changed {between}" |
*
* @param {Format_Changed_BetweenInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_changed_between: ((inputs: Format_Changed_BetweenInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Changed_BetweenInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Format_Changed_BetweenInputs = {
    between: NonNullable<unknown>;
};
