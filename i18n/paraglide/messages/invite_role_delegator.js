/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_Role_DelegatorInputs */

const en_invite_role_delegator = /** @type {(inputs: Invite_Role_DelegatorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For (you are their delegate)`)
};

const de_invite_role_delegator = /** @type {(inputs: Invite_Role_DelegatorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Für (Sie sind die Stellvertretung)`)
};

const fr_invite_role_delegator = /** @type {(inputs: Invite_Role_DelegatorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pour (vous êtes son délégué)`)
};

/**
* | output |
* | --- |
* | "For (you are their delegate)" |
*
* @param {Invite_Role_DelegatorInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_role_delegator = /** @type {((inputs?: Invite_Role_DelegatorInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Role_DelegatorInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_role_delegator(inputs)
	if (locale === "fr") return fr_invite_role_delegator(inputs)
	return en_invite_role_delegator(inputs)
});