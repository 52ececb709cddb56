/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ list: NonNullable<unknown> }} Notify_Alerts_BodyInputs */

const en_notify_alerts_body = /** @type {(inputs: Notify_Alerts_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list}.`)
};

const de_notify_alerts_body = /** @type {(inputs: Notify_Alerts_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list}.`)
};

const fr_notify_alerts_body = /** @type {(inputs: Notify_Alerts_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list}.`)
};

/**
* | output |
* | --- |
* | "{list}." |
*
* @param {Notify_Alerts_BodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_alerts_body = /** @type {((inputs: Notify_Alerts_BodyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Alerts_BodyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_alerts_body(inputs)
	if (locale === "fr") return fr_notify_alerts_body(inputs)
	return en_notify_alerts_body(inputs)
});