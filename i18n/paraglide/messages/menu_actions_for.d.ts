/**
* | output |
* | --- |
* | "Actions for {name}" |
*
* @param {Menu_Actions_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_actions_for: ((inputs: Menu_Actions_ForInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Menu_Actions_ForInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Menu_Actions_ForInputs = {
    name: NonNullable<unknown>;
};
