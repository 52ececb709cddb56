/**
* | output |
* | --- |
* | "The sign-in page is not on a server you signed in to." |
*
* @param {Passive_Page_Untrusted_UnnamedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_page_untrusted_unnamed: ((inputs?: Passive_Page_Untrusted_UnnamedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Passive_Page_Untrusted_UnnamedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Passive_Page_Untrusted_UnnamedInputs = {};
