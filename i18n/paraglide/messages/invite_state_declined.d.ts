/**
* | output |
* | --- |
* | "Declined" |
*
* @param {Invite_State_DeclinedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_state_declined: ((inputs?: Invite_State_DeclinedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_State_DeclinedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Invite_State_DeclinedInputs = {};
