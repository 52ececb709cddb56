/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_State_RingingInputs */

const en_invite_state_ringing = /** @type {(inputs: Invite_State_RingingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ringing`)
};

const de_invite_state_ringing = /** @type {(inputs: Invite_State_RingingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Klingelt`)
};

const fr_invite_state_ringing = /** @type {(inputs: Invite_State_RingingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sonne`)
};

/**
* | output |
* | --- |
* | "Ringing" |
*
* @param {Invite_State_RingingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_state_ringing = /** @type {((inputs?: Invite_State_RingingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_State_RingingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_state_ringing(inputs)
	if (locale === "fr") return fr_invite_state_ringing(inputs)
	return en_invite_state_ringing(inputs)
});