/**
* | output |
* | --- |
* | "{caller} wants to chat for {delegator}" |
*
* @param {Invite_Chat_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_chat_for: ((inputs: Invite_Chat_ForInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Chat_ForInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Invite_Chat_ForInputs = {
    caller: NonNullable<unknown>;
    delegator: NonNullable<unknown>;
};
