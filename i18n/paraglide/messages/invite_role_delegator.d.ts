/**
* | output |
* | --- |
* | "For (you are their delegate)" |
*
* @param {Invite_Role_DelegatorInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_role_delegator: ((inputs?: Invite_Role_DelegatorInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Role_DelegatorInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Invite_Role_DelegatorInputs = {};
