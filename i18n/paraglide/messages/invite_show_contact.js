/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_Show_ContactInputs */

const en_invite_show_contact = /** @type {(inputs: Invite_Show_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show contact`)
};

const de_invite_show_contact = /** @type {(inputs: Invite_Show_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontakt anzeigen`)
};

const fr_invite_show_contact = /** @type {(inputs: Invite_Show_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Afficher le contact`)
};

/**
* | output |
* | --- |
* | "Show contact" |
*
* @param {Invite_Show_ContactInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_show_contact = /** @type {((inputs?: Invite_Show_ContactInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Show_ContactInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_show_contact(inputs)
	if (locale === "fr") return fr_invite_show_contact(inputs)
	return en_invite_show_contact(inputs)
});