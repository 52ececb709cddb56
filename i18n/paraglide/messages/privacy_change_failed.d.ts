/**
* | output |
* | --- |
* | "Could not change {name} to {level}: {reason} {name} is still {current}." |
*
* @param {Privacy_Change_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_change_failed: ((inputs: Privacy_Change_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Change_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Privacy_Change_FailedInputs = {
    name: NonNullable<unknown>;
    level: NonNullable<unknown>;
    reason: NonNullable<unknown>;
    current: NonNullable<unknown>;
};
