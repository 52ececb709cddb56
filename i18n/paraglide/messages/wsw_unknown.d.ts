/**
* | countPlural | output |
* | --- | --- |
* | "one" | "The server did not say the level of {shown} contact: they are not counted below." |
* | * | "The server did not say the level of {shown} contacts: they are not counted below." |
*
* @param {Wsw_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_unknown: ((inputs: Wsw_UnknownInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_UnknownInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_UnknownInputs = {
    count: NonNullable<unknown>;
};
