/**
* | output |
* | --- |
* | "This call is for {boss}. It comes to you because {boss} made you their delegate." |
*
* @param {Invite_Explain_DelegatorInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_explain_delegator: ((inputs: Invite_Explain_DelegatorInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Explain_DelegatorInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Invite_Explain_DelegatorInputs = {
    boss: NonNullable<unknown>;
};
