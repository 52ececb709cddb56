/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Groups_Tags_TitleInputs */

const en_groups_tags_title = /** @type {(inputs: Groups_Tags_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tagged for status alerts`)
};

const de_groups_tags_title = /** @type {(inputs: Groups_Tags_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Für Statusbenachrichtigungen markiert`)
};

const fr_groups_tags_title = /** @type {(inputs: Groups_Tags_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Marqués pour les alertes de statut`)
};

/**
* | output |
* | --- |
* | "Tagged for status alerts" |
*
* @param {Groups_Tags_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_tags_title = /** @type {((inputs?: Groups_Tags_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Tags_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_tags_title(inputs)
	if (locale === "fr") return fr_groups_tags_title(inputs)
	return en_groups_tags_title(inputs)
});