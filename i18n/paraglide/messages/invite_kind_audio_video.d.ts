/**
* | output |
* | --- |
* | "Call" |
*
* @param {Invite_Kind_Audio_VideoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_kind_audio_video: ((inputs?: Invite_Kind_Audio_VideoInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Invite_Kind_Audio_VideoInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Invite_Kind_Audio_VideoInputs = {};
