/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ caller: NonNullable<unknown>, boss: NonNullable<unknown> }} Invite_Explain_On_BehalfInputs */

const en_invite_explain_on_behalf = /** @type {(inputs: Invite_Explain_On_BehalfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} is ${i?.boss}'s delegate: someone ${i?.boss} lets place and answer calls for them.`)
};

const de_invite_explain_on_behalf = /** @type {(inputs: Invite_Explain_On_BehalfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} ist als Stellvertretung von ${i?.boss} eingerichtet: ${i?.boss} lässt ${i?.caller} Anrufe in seinem oder ihrem Namen tätigen und annehmen.`)
};

const fr_invite_explain_on_behalf = /** @type {(inputs: Invite_Explain_On_BehalfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.caller} est délégué de ${i?.boss} : une personne que ${i?.boss} autorise à passer et à prendre des appels en son nom.`)
};

/**
* | output |
* | --- |
* | "{caller} is {boss}'s delegate: someone {boss} lets place and answer calls for them." |
*
* @param {Invite_Explain_On_BehalfInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_explain_on_behalf = /** @type {((inputs: Invite_Explain_On_BehalfInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Explain_On_BehalfInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_explain_on_behalf(inputs)
	if (locale === "fr") return fr_invite_explain_on_behalf(inputs)
	return en_invite_explain_on_behalf(inputs)
});