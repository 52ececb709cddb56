/**
* | output |
* | --- |
* | "{from} is calling{subject}. Answer in Skype for Business." |
*
* @param {Notify_Is_CallingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_is_calling: ((inputs: Notify_Is_CallingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Is_CallingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Is_CallingInputs = {
    from: NonNullable<unknown>;
    subject: NonNullable<unknown>;
};
