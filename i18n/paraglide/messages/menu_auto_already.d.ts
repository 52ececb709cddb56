/**
* | output |
* | --- |
* | "Already at the level auto-assignment gives ({level})." |
*
* @param {Menu_Auto_AlreadyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_auto_already: ((inputs: Menu_Auto_AlreadyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Menu_Auto_AlreadyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Menu_Auto_AlreadyInputs = {
    level: NonNullable<unknown>;
};
