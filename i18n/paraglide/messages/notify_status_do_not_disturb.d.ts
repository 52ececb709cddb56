/**
* | output |
* | --- |
* | "on Do Not Disturb" |
*
* @param {Notify_Status_Do_Not_DisturbInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_do_not_disturb: ((inputs?: Notify_Status_Do_Not_DisturbInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Status_Do_Not_DisturbInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Status_Do_Not_DisturbInputs = {};
