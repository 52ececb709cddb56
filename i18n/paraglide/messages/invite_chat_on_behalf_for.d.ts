/**
* | output |
* | --- |
* | "{caller} wants to chat on behalf of {boss} for {delegator}" |
*
* @param {Invite_Chat_On_Behalf_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_chat_on_behalf_for: ((inputs: Invite_Chat_On_Behalf_ForInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Chat_On_Behalf_ForInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Invite_Chat_On_Behalf_ForInputs = {
    caller: NonNullable<unknown>;
    boss: NonNullable<unknown>;
    delegator: NonNullable<unknown>;
};
