/**
* | output |
* | --- |
* | "{heading}:" |
*
* @param {Banner_Error_HeadingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const banner_error_heading: ((inputs: Banner_Error_HeadingInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Banner_Error_HeadingInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Banner_Error_HeadingInputs = {
    heading: NonNullable<unknown>;
};
