/**
* | output |
* | --- |
* | "Open Activity to see them." |
*
* @param {Notify_Burst_Body_EmptyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_burst_body_empty: ((inputs?: Notify_Burst_Body_EmptyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Burst_Body_EmptyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Burst_Body_EmptyInputs = {};
