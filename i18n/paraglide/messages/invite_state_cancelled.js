/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_State_CancelledInputs */

const en_invite_state_cancelled = /** @type {(inputs: Invite_State_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cancelled`)
};

const de_invite_state_cancelled = /** @type {(inputs: Invite_State_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abgebrochen`)
};

const fr_invite_state_cancelled = /** @type {(inputs: Invite_State_CancelledInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Annulé`)
};

/**
* | output |
* | --- |
* | "Cancelled" |
*
* @param {Invite_State_CancelledInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_state_cancelled = /** @type {((inputs?: Invite_State_CancelledInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_State_CancelledInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_state_cancelled(inputs)
	if (locale === "fr") return fr_invite_state_cancelled(inputs)
	return en_invite_state_cancelled(inputs)
});