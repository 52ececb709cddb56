/**
* | output |
* | --- |
* | "Sees {items}." |
*
* @param {Wsw_SeesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_sees: ((inputs: Wsw_SeesInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_SeesInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_SeesInputs = {
    items: NonNullable<unknown>;
};
