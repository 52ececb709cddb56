/**
* | output |
* | --- |
* | "{from} sent a message{subject}. Answer in Skype for Business." |
*
* @param {Notify_Sent_MessageInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_sent_message: ((inputs: Notify_Sent_MessageInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Sent_MessageInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Sent_MessageInputs = {
    from: NonNullable<unknown>;
    subject: NonNullable<unknown>;
};
