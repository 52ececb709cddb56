/**
* | output |
* | --- |
* | "Could not collect diagnostics: {reason}" |
*
* @param {Store_Diagnostics_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_diagnostics_failed: ((inputs: Store_Diagnostics_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Diagnostics_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Store_Diagnostics_FailedInputs = {
    reason: NonNullable<unknown>;
};
