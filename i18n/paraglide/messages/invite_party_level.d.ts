/**
* | output |
* | --- |
* | "Relationship: {level}" |
*
* @param {Invite_Party_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_party_level: ((inputs: Invite_Party_LevelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Party_LevelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Invite_Party_LevelInputs = {
    level: NonNullable<unknown>;
};
