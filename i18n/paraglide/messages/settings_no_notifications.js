/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Settings_No_NotificationsInputs */

const en_settings_no_notifications = /** @type {(inputs: Settings_No_NotificationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This computer does not show notifications from UCWA Tray, so new changes are counted on the tray icon instead. On macOS, an unsigned build cannot show notifications: install a signed release.`)
};

const de_settings_no_notifications = /** @type {(inputs: Settings_No_NotificationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Computer zeigt keine Benachrichtigungen von UCWA Tray an; neue Änderungen werden stattdessen am Tray-Symbol gezählt. Unter macOS kann ein unsignierter Build keine Benachrichtigungen anzeigen: Installieren Sie eine signierte Version.`)
};

const fr_settings_no_notifications = /** @type {(inputs: Settings_No_NotificationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cet ordinateur n’affiche pas les notifications de UCWA Tray : les nouveaux changements sont comptés sur l’icône de la zone de notification. Sous macOS, une version non signée ne peut pas afficher de notifications : installez une version signée.`)
};

/**
* | output |
* | --- |
* | "This computer does not show notifications from UCWA Tray, so new changes are counted on the tray icon instead. On macOS, an unsigned build cannot show notifi..." |
*
* @param {Settings_No_NotificationsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_no_notifications = /** @type {((inputs?: Settings_No_NotificationsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_No_NotificationsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_settings_no_notifications(inputs)
	if (locale === "fr") return fr_settings_no_notifications(inputs)
	return en_settings_no_notifications(inputs)
});