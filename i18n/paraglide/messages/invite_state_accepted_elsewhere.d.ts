/**
* | output |
* | --- |
* | "Answered elsewhere" |
*
* @param {Invite_State_Accepted_ElsewhereInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_state_accepted_elsewhere: ((inputs?: Invite_State_Accepted_ElsewhereInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_State_Accepted_ElsewhereInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Invite_State_Accepted_ElsewhereInputs = {};
