/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Err_Account_LockedInputs */

const en_err_account_locked = /** @type {(inputs: Err_Account_LockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your account is locked`)
};

const de_err_account_locked = /** @type {(inputs: Err_Account_LockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Konto ist gesperrt`)
};

const fr_err_account_locked = /** @type {(inputs: Err_Account_LockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre compte est verrouillé`)
};

/**
* | output |
* | --- |
* | "Your account is locked" |
*
* @param {Err_Account_LockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_account_locked = /** @type {((inputs?: Err_Account_LockedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Account_LockedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_err_account_locked(inputs)
	if (locale === "fr") return fr_err_account_locked(inputs)
	return en_err_account_locked(inputs)
});