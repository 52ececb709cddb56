/**
* | output |
* | --- |
* | "Activity" |
*
* @param {Tabs_ActivityInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_activity: ((inputs?: Tabs_ActivityInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tabs_ActivityInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Tabs_ActivityInputs = {};
