/**
* | output |
* | --- |
* | "Retry now" |
*
* @param {Banner_Retry_NowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const banner_retry_now: ((inputs?: Banner_Retry_NowInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Banner_Retry_NowInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Banner_Retry_NowInputs = {};
