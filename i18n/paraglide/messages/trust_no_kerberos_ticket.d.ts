/**
* | output |
* | --- |
* | "You have no Kerberos ticket. Sign in to your domain first (for example with kinit), then try again." |
*
* @param {Trust_No_Kerberos_TicketInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_no_kerberos_ticket: ((inputs?: Trust_No_Kerberos_TicketInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_No_Kerberos_TicketInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Trust_No_Kerberos_TicketInputs = {};
