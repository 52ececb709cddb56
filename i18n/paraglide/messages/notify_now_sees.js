/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown>, level: NonNullable<unknown> }} Notify_Now_SeesInputs */

const en_notify_now_sees = /** @type {(inputs: Notify_Now_SeesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} now sees what ${i?.level} see`)
};

const de_notify_now_sees = /** @type {(inputs: Notify_Now_SeesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} sieht jetzt, was ${i?.level} sehen`)
};

const fr_notify_now_sees = /** @type {(inputs: Notify_Now_SeesInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} voit maintenant ce que voient les ${i?.level}`)
};

/**
* | output |
* | --- |
* | "{name} now sees what {level} see" |
*
* @param {Notify_Now_SeesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_now_sees = /** @type {((inputs: Notify_Now_SeesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Now_SeesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_now_sees(inputs)
	if (locale === "fr") return fr_notify_now_sees(inputs)
	return en_notify_now_sees(inputs)
});