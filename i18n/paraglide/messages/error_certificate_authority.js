/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Certificate_AuthorityInputs */

const en_error_certificate_authority = /** @type {(inputs: Error_Certificate_AuthorityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It was issued by a certificate authority this computer does not trust; your administrator can add it to the trusted ones.`)
};

const de_error_certificate_authority = /** @type {(inputs: Error_Certificate_AuthorityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es wurde von einer Zertifizierungsstelle ausgestellt, der dieser Computer nicht vertraut; Ihre IT-Abteilung kann sie zu den vertrauenswürdigen hinzufügen.`)
};

const fr_error_certificate_authority = /** @type {(inputs: Error_Certificate_AuthorityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Il a été émis par une autorité de certification à laquelle cet ordinateur ne fait pas confiance ; votre administrateur peut l’ajouter aux autorités de confiance.`)
};

/**
* | output |
* | --- |
* | "It was issued by a certificate authority this computer does not trust; your administrator can add it to the trusted ones." |
*
* @param {Error_Certificate_AuthorityInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_certificate_authority = /** @type {((inputs?: Error_Certificate_AuthorityInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Certificate_AuthorityInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_certificate_authority(inputs)
	if (locale === "fr") return fr_error_certificate_authority(inputs)
	return en_error_certificate_authority(inputs)
});