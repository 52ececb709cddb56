/**
* | output |
* | --- |
* | "Found from your sign-in address" |
*
* @param {Signin_Server_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_server_placeholder: ((inputs?: Signin_Server_PlaceholderInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Server_PlaceholderInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Signin_Server_PlaceholderInputs = {};
