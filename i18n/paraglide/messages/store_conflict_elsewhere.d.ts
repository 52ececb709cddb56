/**
* | output |
* | --- |
* | "Not changed: changed from another device meanwhile. {change}." |
*
* @param {Store_Conflict_ElsewhereInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_conflict_elsewhere: ((inputs: Store_Conflict_ElsewhereInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Conflict_ElsewhereInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Store_Conflict_ElsewhereInputs = {
    change: NonNullable<unknown>;
};
