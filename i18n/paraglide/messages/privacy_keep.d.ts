/**
* | output |
* | --- |
* | "Keep {level}" |
*
* @param {Privacy_KeepInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_keep: ((inputs: Privacy_KeepInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_KeepInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Privacy_KeepInputs = {
    level: NonNullable<unknown>;
};
