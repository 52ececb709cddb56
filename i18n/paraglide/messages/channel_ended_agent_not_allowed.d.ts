/**
* | output |
* | --- |
* | "The server does not allow this app to connect." |
*
* @param {Channel_Ended_Agent_Not_AllowedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_ended_agent_not_allowed: ((inputs?: Channel_Ended_Agent_Not_AllowedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_Ended_Agent_Not_AllowedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Channel_Ended_Agent_Not_AllowedInputs = {};
