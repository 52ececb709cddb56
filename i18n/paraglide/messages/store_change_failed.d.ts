/**
* | output |
* | --- |
* | "Could not change {name} to {level}: {reason} {name} is still {current}." |
*
* @param {Store_Change_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_change_failed: ((inputs: Store_Change_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Change_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Store_Change_FailedInputs = {
    name: NonNullable<unknown>;
    level: NonNullable<unknown>;
    reason: NonNullable<unknown>;
    current: NonNullable<unknown>;
};
