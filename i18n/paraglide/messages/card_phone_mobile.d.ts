/**
* | output |
* | --- |
* | "Mobile phone" |
*
* @param {Card_Phone_MobileInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_phone_mobile: ((inputs?: Card_Phone_MobileInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Card_Phone_MobileInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Card_Phone_MobileInputs = {};
