/**
* | output |
* | --- |
* | "{name} is available" |
*
* @param {Notify_Alert_Available_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_alert_available_title: ((inputs: Notify_Alert_Available_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Alert_Available_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Alert_Available_TitleInputs = {
    name: NonNullable<unknown>;
};
