/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Err_Password_Too_LongInputs */

const en_err_password_too_long = /** @type {(inputs: Err_Password_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The password is too long.`)
};

const de_err_password_too_long = /** @type {(inputs: Err_Password_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Kennwort ist zu lang.`)
};

const fr_err_password_too_long = /** @type {(inputs: Err_Password_Too_LongInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le mot de passe est trop long.`)
};

/**
* | output |
* | --- |
* | "The password is too long." |
*
* @param {Err_Password_Too_LongInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_password_too_long = /** @type {((inputs?: Err_Password_Too_LongInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_Password_Too_LongInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_err_password_too_long(inputs)
	if (locale === "fr") return fr_err_password_too_long(inputs)
	return en_err_password_too_long(inputs)
});