/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{shown} contact was not changed" |
* | * | "{shown} contacts were not changed" |
*
* @param {Store_Not_Changed_ManyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_not_changed_many: ((inputs: Store_Not_Changed_ManyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Not_Changed_ManyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Store_Not_Changed_ManyInputs = {
    count: NonNullable<unknown>;
};
