/**
* | output |
* | --- |
* | "The sign-in page is not on a server you signed in to: {host}." |
*
* @param {Passive_Page_UntrustedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_page_untrusted: ((inputs: Passive_Page_UntrustedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Passive_Page_UntrustedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Passive_Page_UntrustedInputs = {
    host: NonNullable<unknown>;
};
