/**
* | output |
* | --- |
* | "UCWA Tray was signed in somewhere else with the same application, so this copy stopped updating." |
*
* @param {Session_ReplacedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_replaced: ((inputs?: Session_ReplacedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Session_ReplacedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Session_ReplacedInputs = {};
