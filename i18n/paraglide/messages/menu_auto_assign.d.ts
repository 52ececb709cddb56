/**
* | output |
* | --- |
* | "Auto-assign relationship" |
*
* @param {Menu_Auto_AssignInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_auto_assign: ((inputs?: Menu_Auto_AssignInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Menu_Auto_AssignInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Menu_Auto_AssignInputs = {};
