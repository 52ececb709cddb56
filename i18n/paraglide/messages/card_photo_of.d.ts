/**
* | output |
* | --- |
* | "Photo of {name}" |
*
* @param {Card_Photo_OfInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_photo_of: ((inputs: Card_Photo_OfInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Card_Photo_OfInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Card_Photo_OfInputs = {
    name: NonNullable<unknown>;
};
