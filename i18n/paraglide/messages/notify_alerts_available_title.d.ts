/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} person is now available" |
* | * | "{count} people are now available" |
*
* @param {Notify_Alerts_Available_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_alerts_available_title: ((inputs: Notify_Alerts_Available_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Alerts_Available_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Alerts_Available_TitleInputs = {
    count: NonNullable<unknown>;
};
