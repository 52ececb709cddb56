/**
* | output |
* | --- |
* | "Undone: {name} is back to {level}" |
*
* @param {Store_Undone_OneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_undone_one: ((inputs: Store_Undone_OneInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Undone_OneInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Store_Undone_OneInputs = {
    name: NonNullable<unknown>;
    level: NonNullable<unknown>;
};
