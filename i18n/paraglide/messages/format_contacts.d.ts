/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} contact" |
* | * | "{n} contacts" |
*
* @param {Format_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_contacts: ((inputs: Format_ContactsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_ContactsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Format_ContactsInputs = {
    count: NonNullable<unknown>;
    n: NonNullable<unknown>;
};
