/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Err_TimeoutInputs */

const en_err_timeout = /** @type {(inputs: Err_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server did not answer in time`)
};

const de_err_timeout = /** @type {(inputs: Err_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat nicht rechtzeitig geantwortet`)
};

const fr_err_timeout = /** @type {(inputs: Err_TimeoutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur n’a pas répondu à temps`)
};

/**
* | output |
* | --- |
* | "The server did not answer in time" |
*
* @param {Err_TimeoutInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const err_timeout = /** @type {((inputs?: Err_TimeoutInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Err_TimeoutInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_err_timeout(inputs)
	if (locale === "fr") return fr_err_timeout(inputs)
	return en_err_timeout(inputs)
});