/**
* | output |
* | --- |
* | "· active {time}" |
*
* @param {Card_Last_ActiveInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_last_active: ((inputs: Card_Last_ActiveInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Card_Last_ActiveInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Card_Last_ActiveInputs = {
    time: NonNullable<unknown>;
};
