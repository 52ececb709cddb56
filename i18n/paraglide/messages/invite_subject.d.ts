/**
* | output |
* | --- |
* | "“{subject}”" |
*
* @param {Invite_SubjectInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_subject: ((inputs: Invite_SubjectInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_SubjectInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Invite_SubjectInputs = {
    subject: NonNullable<unknown>;
};
