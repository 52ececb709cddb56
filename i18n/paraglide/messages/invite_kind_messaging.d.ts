/**
* | output |
* | --- |
* | "Chat" |
*
* @param {Invite_Kind_MessagingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_kind_messaging: ((inputs?: Invite_Kind_MessagingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Kind_MessagingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Invite_Kind_MessagingInputs = {};
