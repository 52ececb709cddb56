/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{shown} contact" |
* | * | "{shown} contacts" |
*
* @param {Wsw_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_contacts: ((inputs: Wsw_ContactsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_ContactsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_ContactsInputs = {
    count: NonNullable<unknown>;
};
