/**
* | output |
* | --- |
* | "Ringing" |
*
* @param {Invite_State_RingingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_state_ringing: ((inputs?: Invite_State_RingingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_State_RingingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Invite_State_RingingInputs = {};
