/**
* | output |
* | --- |
* | "{caller} is {boss}'s delegate: someone {boss} lets place and answer calls for them." |
*
* @param {Invite_Explain_On_BehalfInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_explain_on_behalf: ((inputs: Invite_Explain_On_BehalfInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Explain_On_BehalfInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Invite_Explain_On_BehalfInputs = {
    caller: NonNullable<unknown>;
    boss: NonNullable<unknown>;
};
