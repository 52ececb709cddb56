/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Settings_ResumeInputs */

const en_settings_resume = /** @type {(inputs: Settings_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resume now`)
};

const de_settings_resume = /** @type {(inputs: Settings_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jetzt fortsetzen`)
};

const fr_settings_resume = /** @type {(inputs: Settings_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reprendre maintenant`)
};

/**
* | output |
* | --- |
* | "Resume now" |
*
* @param {Settings_ResumeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_resume = /** @type {((inputs?: Settings_ResumeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_ResumeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_settings_resume(inputs)
	if (locale === "fr") return fr_settings_resume(inputs)
	return en_settings_resume(inputs)
});