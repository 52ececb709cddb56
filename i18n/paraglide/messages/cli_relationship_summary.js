/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Relationship_SummaryInputs */

const en_cli_relationship_summary = /** @type {(inputs: Cli_Relationship_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`read, change or reset one level`)
};

const de_cli_relationship_summary = /** @type {(inputs: Cli_Relationship_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`eine Stufe lesen, ändern oder zurücksetzen`)
};

const fr_cli_relationship_summary = /** @type {(inputs: Cli_Relationship_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lire, modifier ou réinitialiser un niveau`)
};

/**
* | output |
* | --- |
* | "read, change or reset one level" |
*
* @param {Cli_Relationship_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_relationship_summary = /** @type {((inputs?: Cli_Relationship_SummaryInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Relationship_SummaryInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_relationship_summary(inputs)
	if (locale === "fr") return fr_cli_relationship_summary(inputs)
	return en_cli_relationship_summary(inputs)
});