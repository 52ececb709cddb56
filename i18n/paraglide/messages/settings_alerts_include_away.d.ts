/**
* | output |
* | --- |
* | "For tagged people, also when they come back from Away or leave Do Not Disturb" |
*
* @param {Settings_Alerts_Include_AwayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_alerts_include_away: ((inputs?: Settings_Alerts_Include_AwayInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_Alerts_Include_AwayInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Settings_Alerts_Include_AwayInputs = {};
