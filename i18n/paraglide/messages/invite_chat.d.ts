/**
* | output |
* | --- |
* | "{caller} wants to chat" |
*
* @param {Invite_ChatInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_chat: ((inputs: Invite_ChatInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_ChatInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Invite_ChatInputs = {
    caller: NonNullable<unknown>;
};
