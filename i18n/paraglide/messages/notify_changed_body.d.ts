/**
* | output |
* | --- |
* | "{change} (was {level})." |
*
* @param {Notify_Changed_BodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_changed_body: ((inputs: Notify_Changed_BodyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Changed_BodyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Changed_BodyInputs = {
    change: NonNullable<unknown>;
    level: NonNullable<unknown>;
};
