/**
* | output |
* | --- |
* | "Help" |
*
* @param {Tabs_HelpInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_help: ((inputs?: Tabs_HelpInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tabs_HelpInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Tabs_HelpInputs = {};
