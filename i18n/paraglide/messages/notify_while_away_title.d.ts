/**
* | countPlural | output |
* | --- | --- |
* | "one" | "While you were away: {count} relationship changed" |
* | * | "While you were away: {count} relationships changed" |
*
* @param {Notify_While_Away_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_while_away_title: ((inputs: Notify_While_Away_TitleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_While_Away_TitleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_While_Away_TitleInputs = {
    count: NonNullable<unknown>;
};
