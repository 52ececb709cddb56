/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_Role_On_Behalf_OfInputs */

const en_invite_role_on_behalf_of = /** @type {(inputs: Invite_Role_On_Behalf_OfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`On behalf of`)
};

const de_invite_role_on_behalf_of = /** @type {(inputs: Invite_Role_On_Behalf_OfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Im Namen von`)
};

const fr_invite_role_on_behalf_of = /** @type {(inputs: Invite_Role_On_Behalf_OfInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`De la part de`)
};

/**
* | output |
* | --- |
* | "On behalf of" |
*
* @param {Invite_Role_On_Behalf_OfInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_role_on_behalf_of = /** @type {((inputs?: Invite_Role_On_Behalf_OfInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Role_On_Behalf_OfInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_role_on_behalf_of(inputs)
	if (locale === "fr") return fr_invite_role_on_behalf_of(inputs)
	return en_invite_role_on_behalf_of(inputs)
});