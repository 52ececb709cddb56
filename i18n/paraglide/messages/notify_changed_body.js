/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ change: NonNullable<unknown>, level: NonNullable<unknown> }} Notify_Changed_BodyInputs */

const en_notify_changed_body = /** @type {(inputs: Notify_Changed_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.change} (was ${i?.level}).`)
};

const de_notify_changed_body = /** @type {(inputs: Notify_Changed_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.change} (vorher ${i?.level}).`)
};

const fr_notify_changed_body = /** @type {(inputs: Notify_Changed_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.change} (avant : ${i?.level}).`)
};

/**
* | output |
* | --- |
* | "{change} (was {level})." |
*
* @param {Notify_Changed_BodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_changed_body = /** @type {((inputs: Notify_Changed_BodyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Changed_BodyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_changed_body(inputs)
	if (locale === "fr") return fr_notify_changed_body(inputs)
	return en_notify_changed_body(inputs)
});