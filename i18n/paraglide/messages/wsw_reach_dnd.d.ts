/**
* | output |
* | --- |
* | "Can reach you on Do Not Disturb." |
*
* @param {Wsw_Reach_DndInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_reach_dnd: ((inputs?: Wsw_Reach_DndInputs, options?: {
    locale?: "en" | "de" | "fr";
}) => LocalizedString) & import("../runtime.js").MessageMetadata<Wsw_Reach_DndInputs, {
    locale?: "en" | "de" | "fr";
}, {}>;
export type LocalizedString = import("../runtime.js").LocalizedString;
export type Wsw_Reach_DndInputs = {};
