/**
* | output |
* | --- |
* | "The server no longer knows this session." |
*
* @param {Channel_Session_LostInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_session_lost: ((inputs?: Channel_Session_LostInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_Session_LostInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Channel_Session_LostInputs = {};
