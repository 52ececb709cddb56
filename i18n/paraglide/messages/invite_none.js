/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_NoneInputs */

const en_invite_none = /** @type {(inputs: Invite_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No invitations. Calls and chats you receive, including those on behalf of someone, show up here. This app shows them; you answer in Skype for Business.`)
};

const de_invite_none = /** @type {(inputs: Invite_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keine Einladungen. Anrufe und Chats, die Sie erhalten, auch solche im Namen einer anderen Person, erscheinen hier. Diese App zeigt sie an; annehmen können Sie sie in Skype for Business.`)
};

const fr_invite_none = /** @type {(inputs: Invite_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucune invitation. Les appels et conversations que vous recevez, y compris ceux passés de la part de quelqu'un, s'affichent ici. Cette application les montre ; vous y répondez dans Skype Entreprise.`)
};

/**
* | output |
* | --- |
* | "No invitations. Calls and chats you receive, including those on behalf of someone, show up here. This app shows them; you answer in Skype for Business." |
*
* @param {Invite_NoneInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_none = /** @type {((inputs?: Invite_NoneInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_NoneInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_none(inputs)
	if (locale === "fr") return fr_invite_none(inputs)
	return en_invite_none(inputs)
});