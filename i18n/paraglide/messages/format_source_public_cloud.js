/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Source_Public_CloudInputs */

const en_format_source_public_cloud = /** @type {(inputs: Format_Source_Public_CloudInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Public IM network`)
};

const de_format_source_public_cloud = /** @type {(inputs: Format_Source_Public_CloudInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öffentliches IM-Netzwerk`)
};

const fr_format_source_public_cloud = /** @type {(inputs: Format_Source_Public_CloudInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Réseau public de messagerie instantanée`)
};

/**
* | output |
* | --- |
* | "Public IM network" |
*
* @param {Format_Source_Public_CloudInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_source_public_cloud = /** @type {((inputs?: Format_Source_Public_CloudInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Source_Public_CloudInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_format_source_public_cloud(inputs)
	if (locale === "fr") return fr_format_source_public_cloud(inputs)
	return en_format_source_public_cloud(inputs)
});