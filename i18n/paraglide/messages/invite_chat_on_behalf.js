/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ caller: NonNullable<unknown>, boss: NonNullable<unknown> }} Invite_Chat_On_BehalfInputs */

const en_invite_chat_on_behalf = /** @type {(inputs: Invite_Chat_On_BehalfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} wants to chat on behalf of ${i?.boss}`)
};

const de_invite_chat_on_behalf = /** @type {(inputs: Invite_Chat_On_BehalfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} möchte im Namen von ${i?.boss} chatten`)
};

const fr_invite_chat_on_behalf = /** @type {(inputs: Invite_Chat_On_BehalfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} souhaite discuter de la part de ${i?.boss}`)
};

/**
* | output |
* | --- |
* | "{caller} wants to chat on behalf of {boss}" |
*
* @param {Invite_Chat_On_BehalfInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_chat_on_behalf = /** @type {((inputs: Invite_Chat_On_BehalfInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Chat_On_BehalfInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_chat_on_behalf(inputs)
	if (locale === "fr") return fr_invite_chat_on_behalf(inputs)
	return en_invite_chat_on_behalf(inputs)
});