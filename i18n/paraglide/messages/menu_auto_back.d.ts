/**
* | output |
* | --- |
* | "Back to the level the server gives automatically." |
*
* @param {Menu_Auto_BackInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_auto_back: ((inputs?: Menu_Auto_BackInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Menu_Auto_BackInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Menu_Auto_BackInputs = {};
