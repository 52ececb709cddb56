/**
* | output |
* | --- |
* | "Is {level}" |
*
* @param {Activity_Is_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_is_level: ((inputs: Activity_Is_LevelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_Is_LevelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Activity_Is_LevelInputs = {
    level: NonNullable<unknown>;
};
