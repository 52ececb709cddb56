/**
* | output |
* | --- |
* | "You are signed in on too many devices. Sign out somewhere else and try again." |
*
* @param {Error_Too_Many_ApplicationsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_too_many_applications: ((inputs?: Error_Too_Many_ApplicationsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Error_Too_Many_ApplicationsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Error_Too_Many_ApplicationsInputs = {};
