/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Err_Check_BothInputs */

const en_err_check_both = /** @type {(inputs: Err_Check_BothInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check both and try again. The sign-in address is usually your work e-mail address.`)
};

const de_err_check_both = /** @type {(inputs: Err_Check_BothInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Überprüfen Sie beides und versuchen Sie es erneut. Die Anmeldeadresse ist meist Ihre geschäftliche E-Mail-Adresse.`)
};

const fr_err_check_both = /** @type {(inputs: Err_Check_BothInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vérifiez les deux et réessayez. L’adresse de connexion est généralement votre adresse e-mail professionnelle.`)
};

/**
* | output |
* | --- |
* | "Check both and try again. The sign-in address is usually your work e-mail address." |
*
* @param {Err_Check_BothInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_check_both = /** @type {((inputs?: Err_Check_BothInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Check_BothInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_err_check_both(inputs)
	if (locale === "fr") return fr_err_check_both(inputs)
	return en_err_check_both(inputs)
});