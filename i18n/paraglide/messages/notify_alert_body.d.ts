/**
* | output |
* | --- |
* | "{name} is {now} now (was {was})." |
*
* @param {Notify_Alert_BodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_alert_body: ((inputs: Notify_Alert_BodyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Alert_BodyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Alert_BodyInputs = {
    name: NonNullable<unknown>;
    now: NonNullable<unknown>;
    was: NonNullable<unknown>;
};
