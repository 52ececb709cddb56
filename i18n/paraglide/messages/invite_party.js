/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ role: NonNullable<unknown>, name: NonNullable<unknown> }} Invite_PartyInputs */

const en_invite_party = /** @type {(inputs: Invite_PartyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.role}: ${i?.name}`)
};

const de_invite_party = /** @type {(inputs: Invite_PartyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.role}: ${i?.name}`)
};

const fr_invite_party = /** @type {(inputs: Invite_PartyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.role} : ${i?.name}`)
};

/**
* | output |
* | --- |
* | "{role}: {name}" |
*
* @param {Invite_PartyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_party = /** @type {((inputs: Invite_PartyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_PartyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_party(inputs)
	if (locale === "fr") return fr_invite_party(inputs)
	return en_invite_party(inputs)
});