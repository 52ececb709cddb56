/**
* | output |
* | --- |
* | "{name} was removed from your contacts" |
*
* @param {Notify_RemovedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_removed: ((inputs: Notify_RemovedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_RemovedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_RemovedInputs = {
    name: NonNullable<unknown>;
};
