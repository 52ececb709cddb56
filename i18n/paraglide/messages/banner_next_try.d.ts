/**
* | output |
* | --- |
* | "Next try {when}." |
*
* @param {Banner_Next_TryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const banner_next_try: ((inputs: Banner_Next_TryInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Banner_Next_TryInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Banner_Next_TryInputs = {
    when: NonNullable<unknown>;
};
