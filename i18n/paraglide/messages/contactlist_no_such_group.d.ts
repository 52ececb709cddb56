/**
* | output |
* | --- |
* | "That group is no longer in your contact list." |
*
* @param {Contactlist_No_Such_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_no_such_group: ((inputs?: Contactlist_No_Such_GroupInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contactlist_No_Such_GroupInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Contactlist_No_Such_GroupInputs = {};
