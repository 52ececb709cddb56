/**
* | output |
* | --- |
* | "When someone calls or chats on behalf of someone" |
*
* @param {Settings_Notify_InvitationsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_notify_invitations: ((inputs?: Settings_Notify_InvitationsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Settings_Notify_InvitationsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Settings_Notify_InvitationsInputs = {};
