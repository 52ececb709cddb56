/**
* | output |
* | --- |
* | "{caller} is calling" |
*
* @param {Invite_CallInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_call: ((inputs: Invite_CallInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_CallInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Invite_CallInputs = {
    caller: NonNullable<unknown>;
};
