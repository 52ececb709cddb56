/**
* | output |
* | --- |
* | "Sign in – {host}" |
*
* @param {Passive_Window_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_window_title: ((inputs: Passive_Window_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Passive_Window_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Passive_Window_TitleInputs = {
    host: NonNullable<unknown>;
};
