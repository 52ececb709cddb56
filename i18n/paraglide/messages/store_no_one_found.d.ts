/**
* | output |
* | --- |
* | "No one found for “{query}”." |
*
* @param {Store_No_One_FoundInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_no_one_found: ((inputs: Store_No_One_FoundInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_No_One_FoundInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Store_No_One_FoundInputs = {
    query: NonNullable<unknown>;
};
