/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} person is back" |
* | * | "{count} people are back" |
*
* @param {Notify_Alerts_Back_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_alerts_back_title: ((inputs: Notify_Alerts_Back_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Alerts_Back_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Alerts_Back_TitleInputs = {
    count: NonNullable<unknown>;
};
