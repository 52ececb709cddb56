/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_Role_CallerInputs */

const en_invite_role_caller = /** @type {(inputs: Invite_Role_CallerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Caller`)
};

const de_invite_role_caller = /** @type {(inputs: Invite_Role_CallerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anrufer`)
};

const fr_invite_role_caller = /** @type {(inputs: Invite_Role_CallerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Appelant`)
};

/**
* | output |
* | --- |
* | "Caller" |
*
* @param {Invite_Role_CallerInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_role_caller = /** @type {((inputs?: Invite_Role_CallerInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Role_CallerInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_role_caller(inputs)
	if (locale === "fr") return fr_invite_role_caller(inputs)
	return en_invite_role_caller(inputs)
});