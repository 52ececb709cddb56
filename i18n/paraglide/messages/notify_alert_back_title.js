/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Notify_Alert_Back_TitleInputs */

const en_notify_alert_back_title = /** @type {(inputs: Notify_Alert_Back_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} is back`)
};

const de_notify_alert_back_title = /** @type {(inputs: Notify_Alert_Back_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} ist zurück`)
};

const fr_notify_alert_back_title = /** @type {(inputs: Notify_Alert_Back_TitleInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} est de retour`)
};

/**
* | output |
* | --- |
* | "{name} is back" |
*
* @param {Notify_Alert_Back_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_alert_back_title = /** @type {((inputs: Notify_Alert_Back_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Alert_Back_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_alert_back_title(inputs)
	if (locale === "fr") return fr_notify_alert_back_title(inputs)
	return en_notify_alert_back_title(inputs)
});