/**
* | output |
* | --- |
* | "{list}." |
*
* @param {Notify_Alerts_BodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_alerts_body: ((inputs: Notify_Alerts_BodyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Alerts_BodyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Alerts_BodyInputs = {
    list: NonNullable<unknown>;
};
