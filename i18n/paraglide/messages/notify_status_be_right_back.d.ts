/**
* | output |
* | --- |
* | "back soon" |
*
* @param {Notify_Status_Be_Right_BackInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_be_right_back: ((inputs?: Notify_Status_Be_Right_BackInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_Status_Be_Right_BackInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_Status_Be_Right_BackInputs = {};
