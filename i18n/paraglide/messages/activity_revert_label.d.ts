/**
* | output |
* | --- |
* | "Revert {name} to {level}" |
*
* @param {Activity_Revert_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_revert_label: ((inputs: Activity_Revert_LabelInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_Revert_LabelInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Activity_Revert_LabelInputs = {
    name: NonNullable<unknown>;
    level: NonNullable<unknown>;
};
