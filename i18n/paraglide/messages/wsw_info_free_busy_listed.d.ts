/**
* | output |
* | --- |
* | "when you are free or busy" |
*
* @param {Wsw_Info_Free_Busy_ListedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_free_busy_listed: ((inputs?: Wsw_Info_Free_Busy_ListedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Free_Busy_ListedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_Info_Free_Busy_ListedInputs = {};
