/**
* | output |
* | --- |
* | "in {n} s" |
*
* @param {Format_Countdown_SecondsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_countdown_seconds: ((inputs: Format_Countdown_SecondsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Countdown_SecondsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Format_Countdown_SecondsInputs = {
    n: NonNullable<unknown>;
};
