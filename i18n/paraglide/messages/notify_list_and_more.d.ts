/**
* | output |
* | --- |
* | "{list} and {rest} more" |
*
* @param {Notify_List_And_MoreInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_list_and_more: ((inputs: Notify_List_And_MoreInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_List_And_MoreInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_List_And_MoreInputs = {
    list: NonNullable<unknown>;
    rest: NonNullable<unknown>;
};
