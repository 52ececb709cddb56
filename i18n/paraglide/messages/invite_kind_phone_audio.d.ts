/**
* | output |
* | --- |
* | "Phone call" |
*
* @param {Invite_Kind_Phone_AudioInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_kind_phone_audio: ((inputs?: Invite_Kind_Phone_AudioInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Kind_Phone_AudioInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Invite_Kind_Phone_AudioInputs = {};
