/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{shown} contact now blocked" |
* | * | "{shown} contacts now blocked" |
*
* @param {Store_Now_Blocked_ManyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_now_blocked_many: ((inputs: Store_Now_Blocked_ManyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Store_Now_Blocked_ManyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Store_Now_Blocked_ManyInputs = {
    count: NonNullable<unknown>;
};
