/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Unsupported_Media_TypeInputs */

const en_error_unsupported_media_type = /** @type {(inputs: Error_Unsupported_Media_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server did not accept the format of the request.`)
};

const de_error_unsupported_media_type = /** @type {(inputs: Error_Unsupported_Media_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat das Format der Anfrage nicht akzeptiert.`)
};

const fr_error_unsupported_media_type = /** @type {(inputs: Error_Unsupported_Media_TypeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur n’a pas accepté le format de la requête.`)
};

/**
* | output |
* | --- |
* | "The server did not accept the format of the request." |
*
* @param {Error_Unsupported_Media_TypeInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_unsupported_media_type = /** @type {((inputs?: Error_Unsupported_Media_TypeInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Unsupported_Media_TypeInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_unsupported_media_type(inputs)
	if (locale === "fr") return fr_error_unsupported_media_type(inputs)
	return en_error_unsupported_media_type(inputs)
});