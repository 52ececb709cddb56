/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Notify_Status_Be_Right_BackInputs */

const en_notify_status_be_right_back = /** @type {(inputs: Notify_Status_Be_Right_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`back soon`)
};

const de_notify_status_be_right_back = /** @type {(inputs: Notify_Status_Be_Right_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`gleich zurück`)
};

const fr_notify_status_be_right_back = /** @type {(inputs: Notify_Status_Be_Right_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bientôt de retour`)
};

/**
* | output |
* | --- |
* | "back soon" |
*
* @param {Notify_Status_Be_Right_BackInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_be_right_back = /** @type {((inputs?: Notify_Status_Be_Right_BackInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Status_Be_Right_BackInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_status_be_right_back(inputs)
	if (locale === "fr") return fr_notify_status_be_right_back(inputs)
	return en_notify_status_be_right_back(inputs)
});