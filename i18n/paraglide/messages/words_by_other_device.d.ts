/**
* | output |
* | --- |
* | "Another device" |
*
* @param {Words_By_Other_DeviceInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_by_other_device: ((inputs?: Words_By_Other_DeviceInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_By_Other_DeviceInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Words_By_Other_DeviceInputs = {};
