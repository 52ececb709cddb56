/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Certificate_RevokedInputs */

const en_error_certificate_revoked = /** @type {(inputs: Error_Certificate_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It has been revoked.`)
};

const de_error_certificate_revoked = /** @type {(inputs: Error_Certificate_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es wurde widerrufen.`)
};

const fr_error_certificate_revoked = /** @type {(inputs: Error_Certificate_RevokedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Il a été révoqué.`)
};

/**
* | output |
* | --- |
* | "It has been revoked." |
*
* @param {Error_Certificate_RevokedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_certificate_revoked = /** @type {((inputs?: Error_Certificate_RevokedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Certificate_RevokedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_certificate_revoked(inputs)
	if (locale === "fr") return fr_error_certificate_revoked(inputs)
	return en_error_certificate_revoked(inputs)
});