/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} contact of {total}" |
* | * | "{n} contacts of {total}" |
*
* @param {Contacts_Shown_OfInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_shown_of: ((inputs: Contacts_Shown_OfInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Contacts_Shown_OfInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Contacts_Shown_OfInputs = {
    count: NonNullable<unknown>;
    n: NonNullable<unknown>;
    total: NonNullable<unknown>;
};
