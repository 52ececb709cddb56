/**
* | output |
* | --- |
* | "{name} was not changed: {reason}" |
*
* @param {Store_Not_Changed_OneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_not_changed_one: ((inputs: Store_Not_Changed_OneInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Not_Changed_OneInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Store_Not_Changed_OneInputs = {
    name: NonNullable<unknown>;
    reason: NonNullable<unknown>;
};
