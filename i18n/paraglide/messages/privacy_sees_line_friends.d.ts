/**
* | output |
* | --- |
* | "Sees your contact card, presence, note, location, free/busy, meeting subjects, mobile phone, home phone and other phone." |
*
* @param {Privacy_Sees_Line_FriendsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_sees_line_friends: ((inputs?: Privacy_Sees_Line_FriendsInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Privacy_Sees_Line_FriendsInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Privacy_Sees_Line_FriendsInputs = {};
