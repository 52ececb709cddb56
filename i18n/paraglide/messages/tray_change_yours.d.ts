/**
* | output |
* | --- |
* | "{change} (you)" |
*
* @param {Tray_Change_YoursInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_change_yours: ((inputs: Tray_Change_YoursInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Change_YoursInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Tray_Change_YoursInputs = {
    change: NonNullable<unknown>;
};
