/**
* | output |
* | --- |
* | "Your server does not let apps change your contact list (it needs the unified contact store), so adding, removing and groups are not offered here." |
*
* @param {Contactlist_Read_OnlyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_read_only: ((inputs?: Contactlist_Read_OnlyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contactlist_Read_OnlyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Contactlist_Read_OnlyInputs = {};
