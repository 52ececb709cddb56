/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Decode_SummaryInputs */

const en_cli_decode_summary = /** @type {(inputs: Cli_Decode_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`print each UCWA representation as the normalised model`)
};

const de_cli_decode_summary = /** @type {(inputs: Cli_Decode_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`jede UCWA-Darstellung als normalisiertes Modell ausgeben`)
};

const fr_cli_decode_summary = /** @type {(inputs: Cli_Decode_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`afficher chaque représentation UCWA sous forme de modèle normalisé`)
};

/**
* | output |
* | --- |
* | "print each UCWA representation as the normalised model" |
*
* @param {Cli_Decode_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_decode_summary = /** @type {((inputs?: Cli_Decode_SummaryInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Decode_SummaryInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_decode_summary(inputs)
	if (locale === "fr") return fr_cli_decode_summary(inputs)
	return en_cli_decode_summary(inputs)
});