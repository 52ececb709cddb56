/**
* | output |
* | --- |
* | "{uri} is not tagged" |
*
* @param {Cli_Not_TaggedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_not_tagged: ((inputs: Cli_Not_TaggedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Cli_Not_TaggedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Cli_Not_TaggedInputs = {
    uri: NonNullable<unknown>;
};
