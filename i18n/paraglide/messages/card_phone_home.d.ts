/**
* | output |
* | --- |
* | "Home phone" |
*
* @param {Card_Phone_HomeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_phone_home: ((inputs?: Card_Phone_HomeInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Card_Phone_HomeInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Card_Phone_HomeInputs = {};
