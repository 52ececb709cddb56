/**
* | output |
* | --- |
* | "The session expired after a long time without contact with the server." |
*
* @param {Channel_Ended_ExpiredInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_ended_expired: ((inputs?: Channel_Ended_ExpiredInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_Ended_ExpiredInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Channel_Ended_ExpiredInputs = {};
