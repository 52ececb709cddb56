/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown>, now: NonNullable<unknown>, was: NonNullable<unknown> }} Notify_Alert_BodyInputs */

const en_notify_alert_body = /** @type {(inputs: Notify_Alert_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} is ${i?.now} now (was ${i?.was}).`)
};

const de_notify_alert_body = /** @type {(inputs: Notify_Alert_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} ist jetzt ${i?.now} (vorher ${i?.was}).`)
};

const fr_notify_alert_body = /** @type {(inputs: Notify_Alert_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} est maintenant ${i?.now} (avant : ${i?.was}).`)
};

/**
* | output |
* | --- |
* | "{name} is {now} now (was {was})." |
*
* @param {Notify_Alert_BodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_alert_body = /** @type {((inputs: Notify_Alert_BodyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Alert_BodyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_alert_body(inputs)
	if (locale === "fr") return fr_notify_alert_body(inputs)
	return en_notify_alert_body(inputs)
});