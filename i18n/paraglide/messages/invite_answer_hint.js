/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_Answer_HintInputs */

const en_invite_answer_hint = /** @type {(inputs: Invite_Answer_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Answer in Skype for Business: this app does not take calls.`)
};

const de_invite_answer_hint = /** @type {(inputs: Invite_Answer_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Annehmen in Skype for Business: Diese App nimmt keine Anrufe entgegen.`)
};

const fr_invite_answer_hint = /** @type {(inputs: Invite_Answer_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Répondez dans Skype Entreprise : cette application ne prend pas les appels.`)
};

/**
* | output |
* | --- |
* | "Answer in Skype for Business: this app does not take calls." |
*
* @param {Invite_Answer_HintInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_answer_hint = /** @type {((inputs?: Invite_Answer_HintInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Answer_HintInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_answer_hint(inputs)
	if (locale === "fr") return fr_invite_answer_hint(inputs)
	return en_invite_answer_hint(inputs)
});