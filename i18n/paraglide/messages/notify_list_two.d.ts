/**
* | output |
* | --- |
* | "{first} and {second}" |
*
* @param {Notify_List_TwoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_list_two: ((inputs: Notify_List_TwoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_List_TwoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_List_TwoInputs = {
    first: NonNullable<unknown>;
    second: NonNullable<unknown>;
};
