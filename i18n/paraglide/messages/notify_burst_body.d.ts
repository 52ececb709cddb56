/**
* | output |
* | --- |
* | "{list}. Open Activity to see them all." |
*
* @param {Notify_Burst_BodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_burst_body: ((inputs: Notify_Burst_BodyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Burst_BodyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Burst_BodyInputs = {
    list: NonNullable<unknown>;
};
