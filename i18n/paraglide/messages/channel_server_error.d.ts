/**
* | output |
* | --- |
* | "The server had a problem (HTTP {status})." |
*
* @param {Channel_Server_ErrorInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const channel_server_error: ((inputs: Channel_Server_ErrorInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Channel_Server_ErrorInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Channel_Server_ErrorInputs = {
    status: NonNullable<unknown>;
};
