/**
* | output |
* | --- |
* | "Group “{name}” created." |
*
* @param {Store_Group_CreatedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_group_created: ((inputs: Store_Group_CreatedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Group_CreatedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Store_Group_CreatedInputs = {
    name: NonNullable<unknown>;
};
