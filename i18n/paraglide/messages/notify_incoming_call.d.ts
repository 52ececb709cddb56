/**
* | output |
* | --- |
* | "Incoming call" |
*
* @param {Notify_Incoming_CallInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_incoming_call: ((inputs?: Notify_Incoming_CallInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Incoming_CallInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Incoming_CallInputs = {};
