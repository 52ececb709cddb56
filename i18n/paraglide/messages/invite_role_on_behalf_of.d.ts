/**
* | output |
* | --- |
* | "On behalf of" |
*
* @param {Invite_Role_On_Behalf_OfInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_role_on_behalf_of: ((inputs?: Invite_Role_On_Behalf_OfInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Role_On_Behalf_OfInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Invite_Role_On_Behalf_OfInputs = {};
