/**
* | output |
* | --- |
* | "{name} was added to your contacts" |
*
* @param {Notify_AddedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_added: ((inputs: Notify_AddedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_AddedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_AddedInputs = {
    name: NonNullable<unknown>;
};
