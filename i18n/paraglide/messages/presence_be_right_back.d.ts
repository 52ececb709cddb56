/**
* | output |
* | --- |
* | "Be right back" |
*
* @param {Presence_Be_Right_BackInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_be_right_back: ((inputs?: Presence_Be_Right_BackInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Presence_Be_Right_BackInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Presence_Be_Right_BackInputs = {};
