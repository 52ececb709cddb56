/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_State_MissedInputs */

const en_invite_state_missed = /** @type {(inputs: Invite_State_MissedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Missed`)
};

const de_invite_state_missed = /** @type {(inputs: Invite_State_MissedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verpasst`)
};

const fr_invite_state_missed = /** @type {(inputs: Invite_State_MissedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Manqué`)
};

/**
* | output |
* | --- |
* | "Missed" |
*
* @param {Invite_State_MissedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_state_missed = /** @type {((inputs?: Invite_State_MissedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_State_MissedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_state_missed(inputs)
	if (locale === "fr") return fr_invite_state_missed(inputs)
	return en_invite_state_missed(inputs)
});