/**
* | output |
* | --- |
* | "The server refused the connection (HTTP {status})." |
*
* @param {Channel_RefusedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_refused: ((inputs: Channel_RefusedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_RefusedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Channel_RefusedInputs = {
    status: NonNullable<unknown>;
};
