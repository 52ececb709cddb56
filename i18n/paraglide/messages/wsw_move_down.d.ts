/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Move this person down a level" |
* | * | "Move these {shown} people down a level" |
*
* @param {Wsw_Move_DownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_move_down: ((inputs: Wsw_Move_DownInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Move_DownInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_Move_DownInputs = {
    count: NonNullable<unknown>;
};
