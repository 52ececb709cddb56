/**
* | output |
* | --- |
* | "The server no longer says what {name} sees" |
*
* @param {Notify_Now_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_now_unknown: ((inputs: Notify_Now_UnknownInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Now_UnknownInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Now_UnknownInputs = {
    name: NonNullable<unknown>;
};
