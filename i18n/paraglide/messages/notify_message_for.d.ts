/**
* | output |
* | --- |
* | "Message for {whom}" |
*
* @param {Notify_Message_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_message_for: ((inputs: Notify_Message_ForInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Message_ForInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Message_ForInputs = {
    whom: NonNullable<unknown>;
};
