/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_InformationalInputs */

const en_error_informational = /** @type {(inputs: Error_InformationalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server sent an informational notice.`)
};

const de_error_informational = /** @type {(inputs: Error_InformationalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat einen Hinweis gesendet.`)
};

const fr_error_informational = /** @type {(inputs: Error_InformationalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur a envoyé un avis d’information.`)
};

/**
* | output |
* | --- |
* | "The server sent an informational notice." |
*
* @param {Error_InformationalInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_informational = /** @type {((inputs?: Error_InformationalInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_InformationalInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_informational(inputs)
	if (locale === "fr") return fr_error_informational(inputs)
	return en_error_informational(inputs)
});