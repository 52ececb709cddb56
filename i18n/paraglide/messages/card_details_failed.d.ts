/**
* | output |
* | --- |
* | "Could not load all details: {reason}" |
*
* @param {Card_Details_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const card_details_failed: ((inputs: Card_Details_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Card_Details_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Card_Details_FailedInputs = {
    reason: NonNullable<unknown>;
};
