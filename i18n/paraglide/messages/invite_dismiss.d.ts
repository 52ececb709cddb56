/**
* | output |
* | --- |
* | "Dismiss: {name}" |
*
* @param {Invite_DismissInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_dismiss: ((inputs: Invite_DismissInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_DismissInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Invite_DismissInputs = {
    name: NonNullable<unknown>;
};
