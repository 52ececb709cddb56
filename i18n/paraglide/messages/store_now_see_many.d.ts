/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{shown} contact now sees {level} info" |
* | * | "{shown} contacts now see {level} info" |
*
* @param {Store_Now_See_ManyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_now_see_many: ((inputs: Store_Now_See_ManyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Now_See_ManyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Store_Now_See_ManyInputs = {
    count: NonNullable<unknown>;
    level: NonNullable<unknown>;
};
