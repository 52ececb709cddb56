/**
* | output |
* | --- |
* | "Your Kerberos ticket has expired. Sign in to your domain again (kinit), then try again." |
*
* @param {Trust_Kerberos_Ticket_ExpiredInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const trust_kerberos_ticket_expired: ((inputs?: Trust_Kerberos_Ticket_ExpiredInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Trust_Kerberos_Ticket_ExpiredInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Trust_Kerberos_Ticket_ExpiredInputs = {};
