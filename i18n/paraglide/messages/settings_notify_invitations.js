/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Settings_Notify_InvitationsInputs */

const en_settings_notify_invitations = /** @type {(inputs: Settings_Notify_InvitationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When someone calls or chats on behalf of someone`)
};

const de_settings_notify_invitations = /** @type {(inputs: Settings_Notify_InvitationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wenn jemand im Namen einer anderen Person anruft oder chattet`)
};

const fr_settings_notify_invitations = /** @type {(inputs: Settings_Notify_InvitationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quand quelqu’un appelle ou écrit au nom d’une autre personne`)
};

/**
* | output |
* | --- |
* | "When someone calls or chats on behalf of someone" |
*
* @param {Settings_Notify_InvitationsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const settings_notify_invitations = /** @type {((inputs?: Settings_Notify_InvitationsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Notify_InvitationsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_settings_notify_invitations(inputs)
	if (locale === "fr") return fr_settings_notify_invitations(inputs)
	return en_settings_notify_invitations(inputs)
});