/**
* | output |
* | --- |
* | "{contact} is not in your contacts." |
*
* @param {Cli_Not_In_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_not_in_contacts: ((inputs: Cli_Not_In_ContactsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Not_In_ContactsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Not_In_ContactsInputs = {
    contact: NonNullable<unknown>;
};
