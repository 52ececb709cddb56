/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ boss: NonNullable<unknown> }} Invite_Explain_DelegatorInputs */

const en_invite_explain_delegator = /** @type {(inputs: Invite_Explain_DelegatorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`This call is for ${i?.boss}. It comes to you because ${i?.boss} made you their delegate.`)
};

const de_invite_explain_delegator = /** @type {(inputs: Invite_Explain_DelegatorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Dieser Anruf ist für ${i?.boss}. Er erreicht Sie, weil ${i?.boss} Sie als Stellvertretung eingerichtet hat.`)
};

const fr_invite_explain_delegator = /** @type {(inputs: Invite_Explain_DelegatorInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Cet appel est destiné à ${i?.boss}. Il vous parvient parce que ${i?.boss} vous a désigné comme délégué.`)
};

/**
* | output |
* | --- |
* | "This call is for {boss}. It comes to you because {boss} made you their delegate." |
*
* @param {Invite_Explain_DelegatorInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_explain_delegator = /** @type {((inputs: Invite_Explain_DelegatorInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Explain_DelegatorInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_explain_delegator(inputs)
	if (locale === "fr") return fr_invite_explain_delegator(inputs)
	return en_invite_explain_delegator(inputs)
});