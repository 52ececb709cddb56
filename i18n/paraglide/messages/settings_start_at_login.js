/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Settings_Start_At_LoginInputs */

const en_settings_start_at_login = /** @type {(inputs: Settings_Start_At_LoginInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Start UCWA Tray when I log in`)
};

const de_settings_start_at_login = /** @type {(inputs: Settings_Start_At_LoginInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UCWA Tray bei der Anmeldung starten`)
};

const fr_settings_start_at_login = /** @type {(inputs: Settings_Start_At_LoginInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lancer UCWA Tray à l’ouverture de session`)
};

/**
* | output |
* | --- |
* | "Start UCWA Tray when I log in" |
*
* @param {Settings_Start_At_LoginInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_start_at_login = /** @type {((inputs?: Settings_Start_At_LoginInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Start_At_LoginInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_settings_start_at_login(inputs)
	if (locale === "fr") return fr_settings_start_at_login(inputs)
	return en_settings_start_at_login(inputs)
});