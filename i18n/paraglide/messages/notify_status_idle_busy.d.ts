/**
* | output |
* | --- |
* | "busy (inactive)" |
*
* @param {Notify_Status_Idle_BusyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_idle_busy: ((inputs?: Notify_Status_Idle_BusyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Status_Idle_BusyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Status_Idle_BusyInputs = {};
