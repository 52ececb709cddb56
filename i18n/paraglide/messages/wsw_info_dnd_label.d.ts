/**
* | output |
* | --- |
* | "a way to reach you on Do Not Disturb" |
*
* @param {Wsw_Info_Dnd_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_dnd_label: ((inputs?: Wsw_Info_Dnd_LabelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Dnd_LabelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_Info_Dnd_LabelInputs = {};
