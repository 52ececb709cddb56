/**
* | output |
* | --- |
* | "Delegates are set in Skype for Business or Outlook: the server offers apps no way to change them." |
*
* @param {Contactlist_Delegates_Read_OnlyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_delegates_read_only: ((inputs?: Contactlist_Delegates_Read_OnlyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contactlist_Delegates_Read_OnlyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Contactlist_Delegates_Read_OnlyInputs = {};
