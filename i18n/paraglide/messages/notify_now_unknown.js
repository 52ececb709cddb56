/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Notify_Now_UnknownInputs */

const en_notify_now_unknown = /** @type {(inputs: Notify_Now_UnknownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The server no longer says what ${i?.name} sees`)
};

const de_notify_now_unknown = /** @type {(inputs: Notify_Now_UnknownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Server gibt nicht mehr an, was ${i?.name} sieht`)
};

const fr_notify_now_unknown = /** @type {(inputs: Notify_Now_UnknownInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Le serveur n’indique plus ce que voit ${i?.name}`)
};

/**
* | output |
* | --- |
* | "The server no longer says what {name} sees" |
*
* @param {Notify_Now_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_now_unknown = /** @type {((inputs: Notify_Now_UnknownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Now_UnknownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_now_unknown(inputs)
	if (locale === "fr") return fr_notify_now_unknown(inputs)
	return en_notify_now_unknown(inputs)
});