/**
* | output |
* | --- |
* | "Out of office:" |
*
* @param {Card_Note_Out_Of_OfficeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_note_out_of_office: ((inputs?: Card_Note_Out_Of_OfficeInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Card_Note_Out_Of_OfficeInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Card_Note_Out_Of_OfficeInputs = {};
