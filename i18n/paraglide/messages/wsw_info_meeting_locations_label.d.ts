/**
* | output |
* | --- |
* | "your meeting locations" |
*
* @param {Wsw_Info_Meeting_Locations_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_info_meeting_locations_label: ((inputs?: Wsw_Info_Meeting_Locations_LabelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Info_Meeting_Locations_LabelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_Info_Meeting_Locations_LabelInputs = {};
