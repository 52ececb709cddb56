/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presence_Do_Not_DisturbInputs */

const en_presence_do_not_disturb = /** @type {(inputs: Presence_Do_Not_DisturbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Do not disturb`)
};

const de_presence_do_not_disturb = /** @type {(inputs: Presence_Do_Not_DisturbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nicht stören`)
};

const fr_presence_do_not_disturb = /** @type {(inputs: Presence_Do_Not_DisturbInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ne pas déranger`)
};

/**
* | output |
* | --- |
* | "Do not disturb" |
*
* @param {Presence_Do_Not_DisturbInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const presence_do_not_disturb = /** @type {((inputs?: Presence_Do_Not_DisturbInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presence_Do_Not_DisturbInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_presence_do_not_disturb(inputs)
	if (locale === "fr") return fr_presence_do_not_disturb(inputs)
	return en_presence_do_not_disturb(inputs)
});