/**
* | output |
* | --- |
* | "Copy address" |
*
* @param {Menu_Copy_AddressInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const menu_copy_address: ((inputs?: Menu_Copy_AddressInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Menu_Copy_AddressInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Menu_Copy_AddressInputs = {};
