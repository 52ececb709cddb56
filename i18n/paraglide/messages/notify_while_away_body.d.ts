/**
* | output |
* | --- |
* | "{list}. Changed between {since} and {until}." |
*
* @param {Notify_While_Away_BodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_while_away_body: ((inputs: Notify_While_Away_BodyInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Notify_While_Away_BodyInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Notify_While_Away_BodyInputs = {
    list: NonNullable<unknown>;
    since: NonNullable<unknown>;
    until: NonNullable<unknown>;
};
