/**
* | output |
* | --- |
* | "Connected as {user} (demo)" |
*
* @param {Tray_Connected_DemoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_connected_demo: ((inputs: Tray_Connected_DemoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tray_Connected_DemoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Tray_Connected_DemoInputs = {
    user: NonNullable<unknown>;
};
