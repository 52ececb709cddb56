/**
* | countPlural | output |
* | --- | --- |
* | "one" | "and {shown} more (search them in Contacts)" |
* | * | "and {shown} more (search them in Contacts)" |
*
* @param {Wsw_MoreInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_more: ((inputs: Wsw_MoreInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_MoreInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_MoreInputs = {
    count: NonNullable<unknown>;
};
