/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_Kind_MessagingInputs */

const en_invite_kind_messaging = /** @type {(inputs: Invite_Kind_MessagingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chat`)
};

const de_invite_kind_messaging = /** @type {(inputs: Invite_Kind_MessagingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Chat`)
};

const fr_invite_kind_messaging = /** @type {(inputs: Invite_Kind_MessagingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Conversation`)
};

/**
* | output |
* | --- |
* | "Chat" |
*
* @param {Invite_Kind_MessagingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_kind_messaging = /** @type {((inputs?: Invite_Kind_MessagingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Kind_MessagingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_kind_messaging(inputs)
	if (locale === "fr") return fr_invite_kind_messaging(inputs)
	return en_invite_kind_messaging(inputs)
});