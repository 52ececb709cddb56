/**
* | output |
* | --- |
* | "{from} is calling for {whom}{subject}. Answer in Skype for Business." |
*
* @param {Notify_Is_Calling_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_is_calling_for: ((inputs: Notify_Is_Calling_ForInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Is_Calling_ForInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Is_Calling_ForInputs = {
    from: NonNullable<unknown>;
    whom: NonNullable<unknown>;
    subject: NonNullable<unknown>;
};
