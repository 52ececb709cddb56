/**
* | output |
* | --- |
* | "{from} sent a message for {whom}{subject}. Answer in Skype for Business." |
*
* @param {Notify_Sent_Message_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_sent_message_for: ((inputs: Notify_Sent_Message_ForInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Sent_Message_ForInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Sent_Message_ForInputs = {
    from: NonNullable<unknown>;
    whom: NonNullable<unknown>;
    subject: NonNullable<unknown>;
};
