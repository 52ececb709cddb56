/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Changed {shown} contact" |
* | * | "Changed {shown} contacts" |
*
* @param {Store_Changed_ManyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_changed_many: ((inputs: Store_Changed_ManyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Changed_ManyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Store_Changed_ManyInputs = {
    count: NonNullable<unknown>;
};
