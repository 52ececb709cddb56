/**
* | output |
* | --- |
* | "(now {level})" |
*
* @param {Cli_Level_NowInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_level_now: ((inputs: Cli_Level_NowInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Level_NowInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Level_NowInputs = {
    level: NonNullable<unknown>;
};
