/**
* | output |
* | --- |
* | "{caller} is calling on behalf of {boss}" |
*
* @param {Invite_Call_On_BehalfInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_call_on_behalf: ((inputs: Invite_Call_On_BehalfInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Call_On_BehalfInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Invite_Call_On_BehalfInputs = {
    caller: NonNullable<unknown>;
    boss: NonNullable<unknown>;
};
