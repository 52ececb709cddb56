/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tray_ReplacedInputs */

const en_tray_replaced = /** @type {(inputs: Tray_ReplacedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stopped: UCWA Tray is signed in somewhere else`)
};

const de_tray_replaced = /** @type {(inputs: Tray_ReplacedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Angehalten: UCWA Tray ist an anderer Stelle angemeldet`)
};

const fr_tray_replaced = /** @type {(inputs: Tray_ReplacedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Arrêté : UCWA Tray est connecté ailleurs`)
};

/**
* | output |
* | --- |
* | "Stopped: UCWA Tray is signed in somewhere else" |
*
* @param {Tray_ReplacedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_replaced = /** @type {((inputs?: Tray_ReplacedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_ReplacedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tray_replaced(inputs)
	if (locale === "fr") return fr_tray_replaced(inputs)
	return en_tray_replaced(inputs)
});