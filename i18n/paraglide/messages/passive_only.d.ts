/**
* | output |
* | --- |
* | "This server accepts sign-in only through your organisation's sign-in page." |
*
* @param {Passive_OnlyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_only: ((inputs?: Passive_OnlyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Passive_OnlyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Passive_OnlyInputs = {};
