/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_State_AcceptedInputs */

const en_invite_state_accepted = /** @type {(inputs: Invite_State_AcceptedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Accepted`)
};

const de_invite_state_accepted = /** @type {(inputs: Invite_State_AcceptedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Angenommen`)
};

const fr_invite_state_accepted = /** @type {(inputs: Invite_State_AcceptedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Accepté`)
};

/**
* | output |
* | --- |
* | "Accepted" |
*
* @param {Invite_State_AcceptedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_state_accepted = /** @type {((inputs?: Invite_State_AcceptedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_State_AcceptedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_state_accepted(inputs)
	if (locale === "fr") return fr_invite_state_accepted(inputs)
	return en_invite_state_accepted(inputs)
});