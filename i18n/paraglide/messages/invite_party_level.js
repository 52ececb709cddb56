/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ level: NonNullable<unknown> }} Invite_Party_LevelInputs */

const en_invite_party_level = /** @type {(inputs: Invite_Party_LevelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Relationship: ${i?.level}`)
};

const de_invite_party_level = /** @type {(inputs: Invite_Party_LevelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Beziehung: ${i?.level}`)
};

const fr_invite_party_level = /** @type {(inputs: Invite_Party_LevelInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Relation : ${i?.level}`)
};

/**
* | output |
* | --- |
* | "Relationship: {level}" |
*
* @param {Invite_Party_LevelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_party_level = /** @type {((inputs: Invite_Party_LevelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Party_LevelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_party_level(inputs)
	if (locale === "fr") return fr_invite_party_level(inputs)
	return en_invite_party_level(inputs)
});