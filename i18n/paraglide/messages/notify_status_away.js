/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Notify_Status_AwayInputs */

const en_notify_status_away = /** @type {(inputs: Notify_Status_AwayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`away`)
};

const de_notify_status_away = /** @type {(inputs: Notify_Status_AwayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`abwesend`)
};

const fr_notify_status_away = /** @type {(inputs: Notify_Status_AwayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`absent`)
};

/**
* | output |
* | --- |
* | "away" |
*
* @param {Notify_Status_AwayInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_status_away = /** @type {((inputs?: Notify_Status_AwayInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Status_AwayInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_status_away(inputs)
	if (locale === "fr") return fr_notify_status_away(inputs)
	return en_notify_status_away(inputs)
});