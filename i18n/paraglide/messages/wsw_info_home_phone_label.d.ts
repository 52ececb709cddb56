/**
* | output |
* | --- |
* | "your home phone number" |
*
* @param {Wsw_Info_Home_Phone_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_home_phone_label: ((inputs?: Wsw_Info_Home_Phone_LabelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Home_Phone_LabelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_Info_Home_Phone_LabelInputs = {};
