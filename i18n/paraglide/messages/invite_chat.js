/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ caller: NonNullable<unknown> }} Invite_ChatInputs */

const en_invite_chat = /** @type {(inputs: Invite_ChatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} wants to chat`)
};

const de_invite_chat = /** @type {(inputs: Invite_ChatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} möchte chatten`)
};

const fr_invite_chat = /** @type {(inputs: Invite_ChatInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} souhaite discuter`)
};

/**
* | output |
* | --- |
* | "{caller} wants to chat" |
*
* @param {Invite_ChatInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_chat = /** @type {((inputs: Invite_ChatInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_ChatInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_chat(inputs)
	if (locale === "fr") return fr_invite_chat(inputs)
	return en_invite_chat(inputs)
});