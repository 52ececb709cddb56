/**
* | countPlural | output |
* | --- | --- |
* | "one" | "and {n} more" |
* | * | "and {n} more" |
*
* @param {Feedback_And_MoreInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const feedback_and_more: ((inputs: Feedback_And_MoreInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Feedback_And_MoreInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Feedback_And_MoreInputs = {
    count: NonNullable<unknown>;
    n: NonNullable<unknown>;
};
