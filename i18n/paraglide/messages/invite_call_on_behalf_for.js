/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ caller: NonNullable<unknown>, boss: NonNullable<unknown>, delegator: NonNullable<unknown> }} Invite_Call_On_Behalf_ForInputs */

const en_invite_call_on_behalf_for = /** @type {(inputs: Invite_Call_On_Behalf_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} is calling on behalf of ${i?.boss} for ${i?.delegator}`)
};

const de_invite_call_on_behalf_for = /** @type {(inputs: Invite_Call_On_Behalf_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} ruft im Namen von ${i?.boss} für ${i?.delegator} an`)
};

const fr_invite_call_on_behalf_for = /** @type {(inputs: Invite_Call_On_Behalf_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} appelle de la part de ${i?.boss} pour ${i?.delegator}`)
};

/**
* | output |
* | --- |
* | "{caller} is calling on behalf of {boss} for {delegator}" |
*
* @param {Invite_Call_On_Behalf_ForInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_call_on_behalf_for = /** @type {((inputs: Invite_Call_On_Behalf_ForInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Call_On_Behalf_ForInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_call_on_behalf_for(inputs)
	if (locale === "fr") return fr_invite_call_on_behalf_for(inputs)
	return en_invite_call_on_behalf_for(inputs)
});