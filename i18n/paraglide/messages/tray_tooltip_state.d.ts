/**
* | output |
* | --- |
* | "UCWA Tray: {state}" |
*
* @param {Tray_Tooltip_StateInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_tooltip_state: ((inputs: Tray_Tooltip_StateInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Tooltip_StateInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Tray_Tooltip_StateInputs = {
    state: NonNullable<unknown>;
};
