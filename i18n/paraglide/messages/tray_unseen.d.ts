/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} new relationship change" |
* | * | "{count} new relationship changes" |
*
* @param {Tray_UnseenInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_unseen: ((inputs: Tray_UnseenInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_UnseenInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Tray_UnseenInputs = {
    count: NonNullable<unknown>;
};
