/**
* | output |
* | --- |
* | "with sample contacts on this computer." |
*
* @param {Signin_Demo_WhereInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const signin_demo_where: ((inputs?: Signin_Demo_WhereInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Signin_Demo_WhereInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Signin_Demo_WhereInputs = {};
