/**
* | output |
* | --- |
* | "This server does not offer sign-in through your organisation's sign-in page." |
*
* @param {Passive_Not_OfferedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_not_offered: ((inputs?: Passive_Not_OfferedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Passive_Not_OfferedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Passive_Not_OfferedInputs = {};
