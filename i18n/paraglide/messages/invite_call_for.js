/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ caller: NonNullable<unknown>, delegator: NonNullable<unknown> }} Invite_Call_ForInputs */

const en_invite_call_for = /** @type {(inputs: Invite_Call_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} is calling for ${i?.delegator}`)
};

const de_invite_call_for = /** @type {(inputs: Invite_Call_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} ruft für ${i?.delegator} an`)
};

const fr_invite_call_for = /** @type {(inputs: Invite_Call_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} appelle pour ${i?.delegator}`)
};

/**
* | output |
* | --- |
* | "{caller} is calling for {delegator}" |
*
* @param {Invite_Call_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_call_for = /** @type {((inputs: Invite_Call_ForInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Call_ForInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_call_for(inputs)
	if (locale === "fr") return fr_invite_call_for(inputs)
	return en_invite_call_for(inputs)
});