/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_Show_AllInputs */

const en_activity_show_all = /** @type {(inputs: Activity_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show all changes`)
};

const de_activity_show_all = /** @type {(inputs: Activity_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle Änderungen anzeigen`)
};

const fr_activity_show_all = /** @type {(inputs: Activity_Show_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Afficher tous les changements`)
};

/**
* | output |
* | --- |
* | "Show all changes" |
*
* @param {Activity_Show_AllInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_show_all = /** @type {((inputs?: Activity_Show_AllInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_Show_AllInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_show_all(inputs)
	if (locale === "fr") return fr_activity_show_all(inputs)
	return en_activity_show_all(inputs)
});