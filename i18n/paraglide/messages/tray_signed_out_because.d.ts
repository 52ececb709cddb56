/**
* | output |
* | --- |
* | "Signed out: {reason}" |
*
* @param {Tray_Signed_Out_BecauseInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_signed_out_because: ((inputs: Tray_Signed_Out_BecauseInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Signed_Out_BecauseInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Tray_Signed_Out_BecauseInputs = {
    reason: NonNullable<unknown>;
};
