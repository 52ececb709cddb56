/**
* | output |
* | --- |
* | "home phone" |
*
* @param {Wsw_Info_Home_Phone_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_home_phone_short: ((inputs?: Wsw_Info_Home_Phone_ShortInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Home_Phone_ShortInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_Info_Home_Phone_ShortInputs = {};
