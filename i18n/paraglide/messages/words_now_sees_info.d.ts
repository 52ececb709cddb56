/**
* | output |
* | --- |
* | "{name} now sees {level} info" |
*
* @param {Words_Now_Sees_InfoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_now_sees_info: ((inputs: Words_Now_Sees_InfoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Now_Sees_InfoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Words_Now_Sees_InfoInputs = {
    name: NonNullable<unknown>;
    level: NonNullable<unknown>;
};
