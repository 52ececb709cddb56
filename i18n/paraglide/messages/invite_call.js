/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ caller: NonNullable<unknown> }} Invite_CallInputs */

const en_invite_call = /** @type {(inputs: Invite_CallInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} is calling`)
};

const de_invite_call = /** @type {(inputs: Invite_CallInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} ruft an`)
};

const fr_invite_call = /** @type {(inputs: Invite_CallInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} appelle`)
};

/**
* | output |
* | --- |
* | "{caller} is calling" |
*
* @param {Invite_CallInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_call = /** @type {((inputs: Invite_CallInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_CallInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_call(inputs)
	if (locale === "fr") return fr_invite_call(inputs)
	return en_invite_call(inputs)
});