/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Err_ForbiddenInputs */

const en_err_forbidden = /** @type {(inputs: Err_ForbiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server does not allow this`)
};

const de_err_forbidden = /** @type {(inputs: Err_ForbiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server erlaubt das nicht`)
};

const fr_err_forbidden = /** @type {(inputs: Err_ForbiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur ne l’autorise pas`)
};

/**
* | output |
* | --- |
* | "The server does not allow this" |
*
* @param {Err_ForbiddenInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_forbidden = /** @type {((inputs?: Err_ForbiddenInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_ForbiddenInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_err_forbidden(inputs)
	if (locale === "fr") return fr_err_forbidden(inputs)
	return en_err_forbidden(inputs)
});