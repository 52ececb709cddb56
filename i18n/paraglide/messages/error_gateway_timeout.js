/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Gateway_TimeoutInputs */

const en_error_gateway_timeout = /** @type {(inputs: Error_Gateway_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A server on the way did not answer in time. Try again in a moment.`)
};

const de_error_gateway_timeout = /** @type {(inputs: Error_Gateway_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein Server auf dem Weg hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.`)
};

const fr_error_gateway_timeout = /** @type {(inputs: Error_Gateway_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un serveur intermédiaire n’a pas répondu à temps. Réessayez dans un instant.`)
};

/**
* | output |
* | --- |
* | "A server on the way did not answer in time. Try again in a moment." |
*
* @param {Error_Gateway_TimeoutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_gateway_timeout = /** @type {((inputs?: Error_Gateway_TimeoutInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Gateway_TimeoutInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_gateway_timeout(inputs)
	if (locale === "fr") return fr_error_gateway_timeout(inputs)
	return en_error_gateway_timeout(inputs)
});