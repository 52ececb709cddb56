/**
* | output |
* | --- |
* | "Changed from another device: {change} (was {level})" |
*
* @param {Words_Changed_ElsewhereInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const words_changed_elsewhere: ((inputs: Words_Changed_ElsewhereInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Words_Changed_ElsewhereInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Words_Changed_ElsewhereInputs = {
    change: NonNullable<unknown>;
    level: NonNullable<unknown>;
};
