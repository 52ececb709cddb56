/**
* | output |
* | --- |
* | "You could not be signed in automatically. {said}" |
*
* @param {Session_Restore_FailedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const session_restore_failed: ((inputs: Session_Restore_FailedInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Session_Restore_FailedInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Session_Restore_FailedInputs = {
    said: NonNullable<unknown>;
};
