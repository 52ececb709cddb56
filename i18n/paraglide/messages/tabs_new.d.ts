/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{shown} new" |
* | * | "{shown} new" |
*
* @param {Tabs_NewInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_new: ((inputs: Tabs_NewInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tabs_NewInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Tabs_NewInputs = {
    count: NonNullable<unknown>;
};
