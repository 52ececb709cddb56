/**
* | output |
* | --- |
* | "Use {level} anyway" |
*
* @param {Privacy_Use_AnywayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_use_anyway: ((inputs: Privacy_Use_AnywayInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Use_AnywayInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Privacy_Use_AnywayInputs = {
    level: NonNullable<unknown>;
};
