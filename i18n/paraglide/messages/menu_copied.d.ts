/**
* | output |
* | --- |
* | "Copied {address}" |
*
* @param {Menu_CopiedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_copied: ((inputs: Menu_CopiedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Menu_CopiedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Menu_CopiedInputs = {
    address: NonNullable<unknown>;
};
