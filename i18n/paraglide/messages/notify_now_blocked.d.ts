/**
* | output |
* | --- |
* | "{name} is now blocked" |
*
* @param {Notify_Now_BlockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_now_blocked: ((inputs: Notify_Now_BlockedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Now_BlockedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Now_BlockedInputs = {
    name: NonNullable<unknown>;
};
