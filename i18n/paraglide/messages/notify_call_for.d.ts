/**
* | output |
* | --- |
* | "Call for {whom}" |
*
* @param {Notify_Call_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_call_for: ((inputs: Notify_Call_ForInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Call_ForInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Call_ForInputs = {
    whom: NonNullable<unknown>;
};
