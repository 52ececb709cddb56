/**
* | output |
* | --- |
* | "when you are free or busy" |
*
* @param {Wsw_Info_Free_Busy_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_free_busy_label: ((inputs?: Wsw_Info_Free_Busy_LabelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Free_Busy_LabelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_Info_Free_Busy_LabelInputs = {};
