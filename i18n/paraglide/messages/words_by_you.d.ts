/**
* | output |
* | --- |
* | "You, in this app" |
*
* @param {Words_By_YouInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_by_you: ((inputs?: Words_By_YouInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_By_YouInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Words_By_YouInputs = {};
