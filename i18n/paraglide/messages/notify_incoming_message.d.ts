/**
* | output |
* | --- |
* | "Incoming message" |
*
* @param {Notify_Incoming_MessageInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_incoming_message: ((inputs?: Notify_Incoming_MessageInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Incoming_MessageInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Incoming_MessageInputs = {};
