/**
* | output |
* | --- |
* | "The server asked for your sign-in to be sent to {host}, which you have not signed in to." |
*
* @param {Trust_Token_ElsewhereInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_token_elsewhere: ((inputs: Trust_Token_ElsewhereInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Token_ElsewhereInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Trust_Token_ElsewhereInputs = {
    host: NonNullable<unknown>;
};
