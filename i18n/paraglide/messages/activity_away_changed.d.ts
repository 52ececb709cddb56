/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{shown} relationship changed {between}." |
* | * | "{shown} relationships changed {between}." |
*
* @param {Activity_Away_ChangedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_away_changed: ((inputs: Activity_Away_ChangedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_Away_ChangedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Activity_Away_ChangedInputs = {
    count: NonNullable<unknown>;
    between: NonNullable<unknown>;
};
