/**
* | output |
* | --- |
* | "Links cannot be opened from here." |
*
* @param {Session_Links_UnavailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_links_unavailable: ((inputs?: Session_Links_UnavailableInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Session_Links_UnavailableInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Session_Links_UnavailableInputs = {};
