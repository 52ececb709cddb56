/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Help_Delegates_TitleInputs */

const en_help_delegates_title = /** @type {(inputs: Help_Delegates_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delegates, groups and status alerts`)
};

const de_help_delegates_title = /** @type {(inputs: Help_Delegates_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stellvertretungen, Gruppen und Statusbenachrichtigungen`)
};

const fr_help_delegates_title = /** @type {(inputs: Help_Delegates_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Délégués, groupes et alertes de statut`)
};

/**
* | output |
* | --- |
* | "Delegates, groups and status alerts" |
*
* @param {Help_Delegates_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const help_delegates_title = /** @type {((inputs?: Help_Delegates_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Help_Delegates_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_help_delegates_title(inputs)
	if (locale === "fr") return fr_help_delegates_title(inputs)
	return en_help_delegates_title(inputs)
});