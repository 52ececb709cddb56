/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_Party_UnknownInputs */

const en_invite_party_unknown = /** @type {(inputs: Invite_Party_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not in your contacts`)
};

const de_invite_party_unknown = /** @type {(inputs: Invite_Party_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nicht in Ihren Kontakten`)
};

const fr_invite_party_unknown = /** @type {(inputs: Invite_Party_UnknownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Absent de vos contacts`)
};

/**
* | output |
* | --- |
* | "Not in your contacts" |
*
* @param {Invite_Party_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_party_unknown = /** @type {((inputs?: Invite_Party_UnknownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Party_UnknownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_party_unknown(inputs)
	if (locale === "fr") return fr_invite_party_unknown(inputs)
	return en_invite_party_unknown(inputs)
});