/**
* | output |
* | --- |
* | "{uri} was not found; search for them first." |
*
* @param {Contactlist_Person_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_person_not_found: ((inputs: Contactlist_Person_Not_FoundInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contactlist_Person_Not_FoundInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Contactlist_Person_Not_FoundInputs = {
    uri: NonNullable<unknown>;
};
