/**
* | output |
* | --- |
* | "The sign-in page did not sign you in. Try again." |
*
* @param {Passive_Not_CompletedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_not_completed: ((inputs?: Passive_Not_CompletedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Passive_Not_CompletedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Passive_Not_CompletedInputs = {};
