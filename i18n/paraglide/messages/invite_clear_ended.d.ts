/**
* | output |
* | --- |
* | "Clear ended ({n})" |
*
* @param {Invite_Clear_EndedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_clear_ended: ((inputs: Invite_Clear_EndedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Clear_EndedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Invite_Clear_EndedInputs = {
    n: NonNullable<unknown>;
};
