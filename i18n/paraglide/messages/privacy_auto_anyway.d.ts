/**
* | output |
* | --- |
* | "Auto-assign ({level}) anyway" |
*
* @param {Privacy_Auto_AnywayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_auto_anyway: ((inputs: Privacy_Auto_AnywayInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Auto_AnywayInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Privacy_Auto_AnywayInputs = {
    level: NonNullable<unknown>;
};
