/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ caller: NonNullable<unknown>, delegator: NonNullable<unknown> }} Invite_Chat_ForInputs */

const en_invite_chat_for = /** @type {(inputs: Invite_Chat_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} wants to chat for ${i?.delegator}`)
};

const de_invite_chat_for = /** @type {(inputs: Invite_Chat_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} möchte für ${i?.delegator} chatten`)
};

const fr_invite_chat_for = /** @type {(inputs: Invite_Chat_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} souhaite discuter pour ${i?.delegator}`)
};

/**
* | output |
* | --- |
* | "{caller} wants to chat for {delegator}" |
*
* @param {Invite_Chat_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_chat_for = /** @type {((inputs: Invite_Chat_ForInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Chat_ForInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_chat_for(inputs)
	if (locale === "fr") return fr_invite_chat_for(inputs)
	return en_invite_chat_for(inputs)
});