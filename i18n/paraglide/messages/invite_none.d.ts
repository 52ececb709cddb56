/**
* | output |
* | --- |
* | "No invitations. Calls and chats you receive, including those on behalf of someone, show up here. This app shows them; you answer in Skype for Business." |
*
* @param {Invite_NoneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_none: ((inputs?: Invite_NoneInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_NoneInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Invite_NoneInputs = {};
