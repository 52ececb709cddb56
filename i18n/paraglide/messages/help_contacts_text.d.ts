/**
* | output |
* | --- |
* | "Adding and removing contacts and groups needs your server's unified contact store; where the server does not offer it, those buttons are not shown. Tag someo..." |
*
* @param {Help_Contacts_TextInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_contacts_text: ((inputs?: Help_Contacts_TextInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Help_Contacts_TextInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Help_Contacts_TextInputs = {};
