/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{shown} person" |
* | * | "{shown} people" |
*
* @param {Wsw_PeopleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_people: ((inputs: Wsw_PeopleInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_PeopleInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_PeopleInputs = {
    count: NonNullable<unknown>;
};
