/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tray_Recent_NoneInputs */

const en_tray_recent_none = /** @type {(inputs: Tray_Recent_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No changes yet`)
};

const de_tray_recent_none = /** @type {(inputs: Tray_Recent_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noch keine Änderungen`)
};

const fr_tray_recent_none = /** @type {(inputs: Tray_Recent_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucun changement pour l’instant`)
};

/**
* | output |
* | --- |
* | "No changes yet" |
*
* @param {Tray_Recent_NoneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_recent_none = /** @type {((inputs?: Tray_Recent_NoneInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Recent_NoneInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tray_recent_none(inputs)
	if (locale === "fr") return fr_tray_recent_none(inputs)
	return en_tray_recent_none(inputs)
});