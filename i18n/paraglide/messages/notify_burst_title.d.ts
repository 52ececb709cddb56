/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} relationship changed from another device" |
* | * | "{count} relationships changed from another device" |
*
* @param {Notify_Burst_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_burst_title: ((inputs: Notify_Burst_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Burst_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Burst_TitleInputs = {
    count: NonNullable<unknown>;
};
