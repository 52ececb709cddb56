/**
* | output |
* | --- |
* | "Could not read the version details: {error}" |
*
* @param {Help_About_AbsentInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_about_absent: ((inputs: Help_About_AbsentInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_About_AbsentInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_About_AbsentInputs = {
    error: NonNullable<unknown>;
};
