/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Account_LockedInputs */

const en_error_account_locked = /** @type {(inputs: Error_Account_LockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your account is locked or disabled. Contact your administrator.`)
};

const de_error_account_locked = /** @type {(inputs: Error_Account_LockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Konto ist gesperrt oder deaktiviert. Wenden Sie sich an Ihre IT-Abteilung.`)
};

const fr_error_account_locked = /** @type {(inputs: Error_Account_LockedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre compte est verrouillé ou désactivé. Contactez votre administrateur.`)
};

/**
* | output |
* | --- |
* | "Your account is locked or disabled. Contact your administrator." |
*
* @param {Error_Account_LockedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_account_locked = /** @type {((inputs?: Error_Account_LockedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Account_LockedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_account_locked(inputs)
	if (locale === "fr") return fr_error_account_locked(inputs)
	return en_error_account_locked(inputs)
});