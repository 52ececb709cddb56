/**
* | output |
* | --- |
* | "\"{name}\" was not created" |
*
* @param {Cli_Group_Not_CreatedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_group_not_created: ((inputs: Cli_Group_Not_CreatedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Group_Not_CreatedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Group_Not_CreatedInputs = {
    name: NonNullable<unknown>;
};
