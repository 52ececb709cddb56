/**
* | output |
* | --- |
* | "{name} left Do Not Disturb" |
*
* @param {Notify_Alert_Left_Dnd_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_alert_left_dnd_title: ((inputs: Notify_Alert_Left_Dnd_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Alert_Left_Dnd_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Alert_Left_Dnd_TitleInputs = {
    name: NonNullable<unknown>;
};
