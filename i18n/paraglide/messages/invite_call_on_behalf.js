/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ caller: NonNullable<unknown>, boss: NonNullable<unknown> }} Invite_Call_On_BehalfInputs */

const en_invite_call_on_behalf = /** @type {(inputs: Invite_Call_On_BehalfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} is calling on behalf of ${i?.boss}`)
};

const de_invite_call_on_behalf = /** @type {(inputs: Invite_Call_On_BehalfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} ruft im Namen von ${i?.boss} an`)
};

const fr_invite_call_on_behalf = /** @type {(inputs: Invite_Call_On_BehalfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} appelle de la part de ${i?.boss}`)
};

/**
* | output |
* | --- |
* | "{caller} is calling on behalf of {boss}" |
*
* @param {Invite_Call_On_BehalfInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_call_on_behalf = /** @type {((inputs: Invite_Call_On_BehalfInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Call_On_BehalfInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_call_on_behalf(inputs)
	if (locale === "fr") return fr_invite_call_on_behalf(inputs)
	return en_invite_call_on_behalf(inputs)
});