/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_State_Accepted_ElsewhereInputs */

const en_invite_state_accepted_elsewhere = /** @type {(inputs: Invite_State_Accepted_ElsewhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Answered elsewhere`)
};

const de_invite_state_accepted_elsewhere = /** @type {(inputs: Invite_State_Accepted_ElsewhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anderswo angenommen`)
};

const fr_invite_state_accepted_elsewhere = /** @type {(inputs: Invite_State_Accepted_ElsewhereInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Répondu ailleurs`)
};

/**
* | output |
* | --- |
* | "Answered elsewhere" |
*
* @param {Invite_State_Accepted_ElsewhereInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_state_accepted_elsewhere = /** @type {((inputs?: Invite_State_Accepted_ElsewhereInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_State_Accepted_ElsewhereInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_state_accepted_elsewhere(inputs)
	if (locale === "fr") return fr_invite_state_accepted_elsewhere(inputs)
	return en_invite_state_accepted_elsewhere(inputs)
});