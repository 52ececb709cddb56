/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Settings_No_TrayInputs */

const en_settings_no_tray = /** @type {(inputs: Settings_No_TrayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This desktop shows no tray icons, so UCWA Tray keeps its window in the taskbar. On GNOME, install the "AppIndicator and KStatusNotifierItem Support" extension (gnome-shell-extension-appindicator) and log in again to get the tray icon.`)
};

const de_settings_no_tray = /** @type {(inputs: Settings_No_TrayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Desktop zeigt keine Tray-Symbole an; UCWA Tray behält sein Fenster daher in der Taskleiste. Unter GNOME installieren Sie die Erweiterung „AppIndicator and KStatusNotifierItem Support“ (gnome-shell-extension-appindicator) und melden sich erneut an, um das Tray-Symbol zu erhalten.`)
};

const fr_settings_no_tray = /** @type {(inputs: Settings_No_TrayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce bureau n’affiche pas d’icônes de notification : UCWA Tray garde donc sa fenêtre dans la barre des tâches. Sous GNOME, installez l’extension « AppIndicator and KStatusNotifierItem Support » (gnome-shell-extension-appindicator) et reconnectez-vous pour obtenir l’icône.`)
};

/**
* | output |
* | --- |
* | "This desktop shows no tray icons, so UCWA Tray keeps its window in the taskbar. On GNOME, install the \"AppIndicator and KStatusNotifierItem Support\" extensio..." |
*
* @param {Settings_No_TrayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_no_tray = /** @type {((inputs?: Settings_No_TrayInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_No_TrayInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_settings_no_tray(inputs)
	if (locale === "fr") return fr_settings_no_tray(inputs)
	return en_settings_no_tray(inputs)
});