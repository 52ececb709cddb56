/**
* | output |
* | --- |
* | "Accepted" |
*
* @param {Invite_State_AcceptedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_state_accepted: ((inputs?: Invite_State_AcceptedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_State_AcceptedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Invite_State_AcceptedInputs = {};
