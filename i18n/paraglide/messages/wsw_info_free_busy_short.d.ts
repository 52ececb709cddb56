/**
* | output |
* | --- |
* | "free/busy" |
*
* @param {Wsw_Info_Free_Busy_ShortInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_free_busy_short: ((inputs?: Wsw_Info_Free_Busy_ShortInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Free_Busy_ShortInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_Info_Free_Busy_ShortInputs = {};
