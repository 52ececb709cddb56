/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ list: NonNullable<unknown> }} Notify_Burst_BodyInputs */

const en_notify_burst_body = /** @type {(inputs: Notify_Burst_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list}. Open Activity to see them all.`)
};

const de_notify_burst_body = /** @type {(inputs: Notify_Burst_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list}. Öffnen Sie „Aktivität“, um alle zu sehen.`)
};

const fr_notify_burst_body = /** @type {(inputs: Notify_Burst_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list}. Ouvrez Activité pour tout voir.`)
};

/**
* | output |
* | --- |
* | "{list}. Open Activity to see them all." |
*
* @param {Notify_Burst_BodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_burst_body = /** @type {((inputs: Notify_Burst_BodyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Burst_BodyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_burst_body(inputs)
	if (locale === "fr") return fr_notify_burst_body(inputs)
	return en_notify_burst_body(inputs)
});