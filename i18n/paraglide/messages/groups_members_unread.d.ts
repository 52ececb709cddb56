/**
* | output |
* | --- |
* | "The members could not be read: {reason}" |
*
* @param {Groups_Members_UnreadInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_members_unread: ((inputs: Groups_Members_UnreadInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Groups_Members_UnreadInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Groups_Members_UnreadInputs = {
    reason: NonNullable<unknown>;
};
