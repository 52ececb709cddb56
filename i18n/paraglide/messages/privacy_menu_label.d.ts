/**
* | output |
* | --- |
* | "Relationship level for {name}" |
*
* @param {Privacy_Menu_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_menu_label: ((inputs: Privacy_Menu_LabelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Menu_LabelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Privacy_Menu_LabelInputs = {
    name: NonNullable<unknown>;
};
