/**
* | output |
* | --- |
* | "Busy (inactive)" |
*
* @param {Presence_Idle_BusyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_idle_busy: ((inputs?: Presence_Idle_BusyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Presence_Idle_BusyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Presence_Idle_BusyInputs = {};
