/**
* | output |
* | --- |
* | "Inactive" |
*
* @param {Presence_Idle_OnlineInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_idle_online: ((inputs?: Presence_Idle_OnlineInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Presence_Idle_OnlineInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Presence_Idle_OnlineInputs = {};
