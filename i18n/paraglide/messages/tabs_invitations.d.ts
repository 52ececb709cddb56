/**
* | output |
* | --- |
* | "Invitations" |
*
* @param {Tabs_InvitationsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_invitations: ((inputs?: Tabs_InvitationsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Tabs_InvitationsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Tabs_InvitationsInputs = {};
