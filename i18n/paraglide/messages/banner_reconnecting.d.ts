/**
* | output |
* | --- |
* | "{headline} Reconnecting…" |
*
* @param {Banner_ReconnectingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const banner_reconnecting: ((inputs: Banner_ReconnectingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Banner_ReconnectingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Banner_ReconnectingInputs = {
    headline: NonNullable<unknown>;
};
