/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_State_DeclinedInputs */

const en_invite_state_declined = /** @type {(inputs: Invite_State_DeclinedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Declined`)
};

const de_invite_state_declined = /** @type {(inputs: Invite_State_DeclinedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abgelehnt`)
};

const fr_invite_state_declined = /** @type {(inputs: Invite_State_DeclinedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Refusé`)
};

/**
* | output |
* | --- |
* | "Declined" |
*
* @param {Invite_State_DeclinedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_state_declined = /** @type {((inputs?: Invite_State_DeclinedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_State_DeclinedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_state_declined(inputs)
	if (locale === "fr") return fr_invite_state_declined(inputs)
	return en_invite_state_declined(inputs)
});