/**
* | output |
* | --- |
* | "Phone calls" |
*
* @param {Format_Modality_Phone_AudioInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_modality_phone_audio: ((inputs?: Format_Modality_Phone_AudioInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Format_Modality_Phone_AudioInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Format_Modality_Phone_AudioInputs = {};
