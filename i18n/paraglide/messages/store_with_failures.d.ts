/**
* | output |
* | --- |
* | "{done}; {failures}" |
*
* @param {Store_With_FailuresInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_with_failures: ((inputs: Store_With_FailuresInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_With_FailuresInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Store_With_FailuresInputs = {
    done: NonNullable<unknown>;
    failures: NonNullable<unknown>;
};
