/**
* | output |
* | --- |
* | "Stopped: UCWA Tray is signed in somewhere else" |
*
* @param {Tray_ReplacedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_replaced: ((inputs?: Tray_ReplacedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_ReplacedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Tray_ReplacedInputs = {};
