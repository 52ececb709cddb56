/**
* | output |
* | --- |
* | "You are signed in on too many devices. Sign out somewhere else and try again." |
*
* @param {Channel_Ended_Too_ManyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_ended_too_many: ((inputs?: Channel_Ended_Too_ManyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_Ended_Too_ManyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Channel_Ended_Too_ManyInputs = {};
