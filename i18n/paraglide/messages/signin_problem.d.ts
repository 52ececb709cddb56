/**
* | output |
* | --- |
* | "{heading}." |
*
* @param {Signin_ProblemInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_problem: ((inputs: Signin_ProblemInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_ProblemInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Signin_ProblemInputs = {
    heading: NonNullable<unknown>;
};
