/**
* | output |
* | --- |
* | "Block {who}?" |
*
* @param {Dialog_Block_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const dialog_block_title: ((inputs: Dialog_Block_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dialog_Block_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Dialog_Block_TitleInputs = {
    who: NonNullable<unknown>;
};
