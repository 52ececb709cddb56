/**
* | output |
* | --- |
* | "Removed from your contacts (was {level})" |
*
* @param {Activity_RemovedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_removed: ((inputs: Activity_RemovedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Activity_RemovedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Activity_RemovedInputs = {
    level: NonNullable<unknown>;
};
