/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tray_ResumeInputs */

const en_tray_resume = /** @type {(inputs: Tray_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resume notifications`)
};

const de_tray_resume = /** @type {(inputs: Tray_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Benachrichtigungen fortsetzen`)
};

const fr_tray_resume = /** @type {(inputs: Tray_ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reprendre les notifications`)
};

/**
* | output |
* | --- |
* | "Resume notifications" |
*
* @param {Tray_ResumeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_resume = /** @type {((inputs?: Tray_ResumeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_ResumeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tray_resume(inputs)
	if (locale === "fr") return fr_tray_resume(inputs)
	return en_tray_resume(inputs)
});