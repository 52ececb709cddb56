/**
* | output |
* | --- |
* | "Do not disturb" |
*
* @param {Presence_Do_Not_DisturbInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_do_not_disturb: ((inputs?: Presence_Do_Not_DisturbInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Presence_Do_Not_DisturbInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Presence_Do_Not_DisturbInputs = {};
