/**
* | output |
* | --- |
* | "SIP address" |
*
* @param {Activity_Csv_SipInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_csv_sip: ((inputs?: Activity_Csv_SipInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_Csv_SipInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Activity_Csv_SipInputs = {};
