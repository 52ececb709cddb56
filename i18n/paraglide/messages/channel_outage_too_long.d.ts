/**
* | output |
* | --- |
* | "The connection was lost for too long." |
*
* @param {Channel_Outage_Too_LongInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_outage_too_long: ((inputs?: Channel_Outage_Too_LongInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_Outage_Too_LongInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Channel_Outage_Too_LongInputs = {};
