/**
* | output |
* | --- |
* | "it was changed from another device meanwhile." |
*
* @param {Store_Conflict_ReasonInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_conflict_reason: ((inputs?: Store_Conflict_ReasonInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Conflict_ReasonInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Store_Conflict_ReasonInputs = {};
