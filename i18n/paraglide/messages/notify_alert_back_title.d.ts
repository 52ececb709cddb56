/**
* | output |
* | --- |
* | "{name} is back" |
*
* @param {Notify_Alert_Back_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_alert_back_title: ((inputs: Notify_Alert_Back_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Alert_Back_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Alert_Back_TitleInputs = {
    name: NonNullable<unknown>;
};
