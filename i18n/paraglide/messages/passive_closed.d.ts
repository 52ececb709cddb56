/**
* | output |
* | --- |
* | "The sign-in page was closed." |
*
* @param {Passive_ClosedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_closed: ((inputs?: Passive_ClosedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Passive_ClosedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Passive_ClosedInputs = {};
