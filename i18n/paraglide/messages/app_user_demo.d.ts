/**
* | output |
* | --- |
* | "{user} · demo" |
*
* @param {App_User_DemoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const app_user_demo: ((inputs: App_User_DemoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<App_User_DemoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type App_User_DemoInputs = {
    user: NonNullable<unknown>;
};
