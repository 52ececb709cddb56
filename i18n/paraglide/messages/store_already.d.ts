/**
* | output |
* | --- |
* | "Already {level}." |
*
* @param {Store_AlreadyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_already: ((inputs: Store_AlreadyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_AlreadyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Store_AlreadyInputs = {
    level: NonNullable<unknown>;
};
