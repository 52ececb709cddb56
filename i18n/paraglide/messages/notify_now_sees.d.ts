/**
* | output |
* | --- |
* | "{name} now sees what {level} see" |
*
* @param {Notify_Now_SeesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_now_sees: ((inputs: Notify_Now_SeesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Now_SeesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Now_SeesInputs = {
    name: NonNullable<unknown>;
    level: NonNullable<unknown>;
};
