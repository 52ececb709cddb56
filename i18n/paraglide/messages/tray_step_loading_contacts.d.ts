/**
* | output |
* | --- |
* | "loading contacts" |
*
* @param {Tray_Step_Loading_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_step_loading_contacts: ((inputs?: Tray_Step_Loading_ContactsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Step_Loading_ContactsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Tray_Step_Loading_ContactsInputs = {};
