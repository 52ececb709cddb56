/**
* | output |
* | --- |
* | "Other phone" |
*
* @param {Card_Phone_OtherInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_phone_other: ((inputs?: Card_Phone_OtherInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Card_Phone_OtherInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Card_Phone_OtherInputs = {};
