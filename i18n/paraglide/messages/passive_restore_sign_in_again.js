/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Passive_Restore_Sign_In_AgainInputs */

const en_passive_restore_sign_in_again = /** @type {(inputs: Passive_Restore_Sign_In_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in again with your organisation's page.`)
};

const de_passive_restore_sign_in_again = /** @type {(inputs: Passive_Restore_Sign_In_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Melden Sie sich erneut über die Seite Ihrer Organisation an.`)
};

const fr_passive_restore_sign_in_again = /** @type {(inputs: Passive_Restore_Sign_In_AgainInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reconnectez-vous avec la page de votre organisation.`)
};

/**
* | output |
* | --- |
* | "Sign in again with your organisation's page." |
*
* @param {Passive_Restore_Sign_In_AgainInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_restore_sign_in_again = /** @type {((inputs?: Passive_Restore_Sign_In_AgainInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passive_Restore_Sign_In_AgainInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_passive_restore_sign_in_again(inputs)
	if (locale === "fr") return fr_passive_restore_sign_in_again(inputs)
	return en_passive_restore_sign_in_again(inputs)
});