/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Notify_Alert_Left_Dnd_TitleInputs */

const en_notify_alert_left_dnd_title = /** @type {(inputs: Notify_Alert_Left_Dnd_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} left Do Not Disturb`)
};

const de_notify_alert_left_dnd_title = /** @type {(inputs: Notify_Alert_Left_Dnd_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} hat „Nicht stören“ beendet`)
};

const fr_notify_alert_left_dnd_title = /** @type {(inputs: Notify_Alert_Left_Dnd_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} n’est plus en mode Ne pas déranger`)
};

/**
* | output |
* | --- |
* | "{name} left Do Not Disturb" |
*
* @param {Notify_Alert_Left_Dnd_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_alert_left_dnd_title = /** @type {((inputs: Notify_Alert_Left_Dnd_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Alert_Left_Dnd_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_alert_left_dnd_title(inputs)
	if (locale === "fr") return fr_notify_alert_left_dnd_title(inputs)
	return en_notify_alert_left_dnd_title(inputs)
});