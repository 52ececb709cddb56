/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{who} will see {what} through Skype for Business." |
* | * | "They will see {what}, each of them through Skype for Business." |
*
* @param {Dialog_Block_BodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const dialog_block_body: ((inputs: Dialog_Block_BodyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Dialog_Block_BodyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Dialog_Block_BodyInputs = {
    count: NonNullable<unknown>;
    who: NonNullable<unknown>;
    what: NonNullable<unknown>;
};
