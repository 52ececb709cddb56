/**
* | output |
* | --- |
* | "{role}: {name}" |
*
* @param {Invite_PartyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_party: ((inputs: Invite_PartyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_PartyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Invite_PartyInputs = {
    role: NonNullable<unknown>;
    name: NonNullable<unknown>;
};
