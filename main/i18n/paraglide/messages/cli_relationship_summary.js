/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Relationship_SummaryInputs */

const en_cli_relationship_summary = /** @type {(inputs: Cli_Relationship_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`read, change or reset one level`)
};

/**
* | output |
* | --- |
* | "read, change or reset one level" |
*
* @param {Cli_Relationship_SummaryInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_relationship_summary = /** @type {((inputs?: Cli_Relationship_SummaryInputs, options?: { locale?: "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Relationship_SummaryInputs, { locale?: "en" }, {}>} */ ((inputs = {}, options = {}) => {
	experimentalStaticLocale ?? options.locale ?? getLocale()
	return en_cli_relationship_summary(inputs)
});