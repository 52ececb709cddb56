/**
* | output |
* | --- |
* | "{caller} is calling for {delegator}" |
*
* @param {Invite_Call_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_call_for: ((inputs: Invite_Call_ForInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Call_ForInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Invite_Call_ForInputs = {
    caller: NonNullable<unknown>;
    delegator: NonNullable<unknown>;
};
