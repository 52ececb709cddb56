/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Undone for {shown} contact" |
* | * | "Undone for {shown} contacts" |
*
* @param {Store_Undone_ManyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_undone_many: ((inputs: Store_Undone_ManyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Undone_ManyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Store_Undone_ManyInputs = {
    count: NonNullable<unknown>;
};
