/**
* | output |
* | --- |
* | "The sign-in page tried to open {host}, which is not a secure server. Sign-in was stopped." |
*
* @param {Passive_Navigation_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_navigation_refused: ((inputs: Passive_Navigation_RefusedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Passive_Navigation_RefusedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Passive_Navigation_RefusedInputs = {
    host: NonNullable<unknown>;
};
