/**
* | output |
* | --- |
* | "--contacts must be a whole number up to 100000" |
*
* @param {Cli_Contacts_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_contacts_values: ((inputs?: Cli_Contacts_ValuesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Contacts_ValuesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Contacts_ValuesInputs = {};
