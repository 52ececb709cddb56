/**
* | output |
* | --- |
* | "{uri} is not in {group}." |
*
* @param {Contactlist_Member_Not_In_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_member_not_in_group: ((inputs: Contactlist_Member_Not_In_GroupInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contactlist_Member_Not_In_GroupInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Contactlist_Member_Not_In_GroupInputs = {
    uri: NonNullable<unknown>;
    group: NonNullable<unknown>;
};
