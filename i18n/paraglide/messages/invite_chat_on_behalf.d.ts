/**
* | output |
* | --- |
* | "{caller} wants to chat on behalf of {boss}" |
*
* @param {Invite_Chat_On_BehalfInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_chat_on_behalf: ((inputs: Invite_Chat_On_BehalfInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Chat_On_BehalfInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Invite_Chat_On_BehalfInputs = {
    caller: NonNullable<unknown>;
    boss: NonNullable<unknown>;
};
