/**
* | output |
* | --- |
* | "Signing in through your organisation's sign-in page needs a window, which the command line cannot show. Sign in with the app instead." |
*
* @param {Passive_Cli_Needs_WindowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_cli_needs_window: ((inputs?: Passive_Cli_Needs_WindowInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Passive_Cli_Needs_WindowInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Passive_Cli_Needs_WindowInputs = {};
