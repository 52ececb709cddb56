/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{shown} ringing" |
* | * | "{shown} ringing" |
*
* @param {Tabs_RingingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_ringing: ((inputs: Tabs_RingingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tabs_RingingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Tabs_RingingInputs = {
    count: NonNullable<unknown>;
};
