/**
* | output |
* | --- |
* | "Back to the level the server gives: {level}." |
*
* @param {Menu_Auto_Back_ToInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_auto_back_to: ((inputs: Menu_Auto_Back_ToInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Menu_Auto_Back_ToInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Menu_Auto_Back_ToInputs = {
    level: NonNullable<unknown>;
};
