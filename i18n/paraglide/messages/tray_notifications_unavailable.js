/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tray_Notifications_UnavailableInputs */

const en_tray_notifications_unavailable = /** @type {(inputs: Tray_Notifications_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Notifications cannot be shown here: new changes are counted on this icon`)
};

const de_tray_notifications_unavailable = /** @type {(inputs: Tray_Notifications_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Benachrichtigungen können hier nicht angezeigt werden: neue Änderungen werden an diesem Symbol gezählt`)
};

const fr_tray_notifications_unavailable = /** @type {(inputs: Tray_Notifications_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Les notifications ne peuvent pas s’afficher ici : les nouveaux changements sont comptés sur cette icône`)
};

/**
* | output |
* | --- |
* | "Notifications cannot be shown here: new changes are counted on this icon" |
*
* @param {Tray_Notifications_UnavailableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tray_notifications_unavailable = /** @type {((inputs?: Tray_Notifications_UnavailableInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tray_Notifications_UnavailableInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tray_notifications_unavailable(inputs)
	if (locale === "fr") return fr_tray_notifications_unavailable(inputs)
	return en_tray_notifications_unavailable(inputs)
});