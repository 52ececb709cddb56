/**
* | output |
* | --- |
* | "in {n} min" |
*
* @param {Format_Countdown_MinutesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_countdown_minutes: ((inputs: Format_Countdown_MinutesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Countdown_MinutesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Format_Countdown_MinutesInputs = {
    n: NonNullable<unknown>;
};
