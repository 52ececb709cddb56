/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Groups_SummaryInputs */

const en_cli_groups_summary = /** @type {(inputs: Cli_Groups_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`list, create, rename or delete contact groups`)
};

/**
* | output |
* | --- |
* | "list, create, rename or delete contact groups" |
*
* @param {Cli_Groups_SummaryInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_groups_summary = /** @type {((inputs?: Cli_Groups_SummaryInputs, options?: { locale?: "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Groups_SummaryInputs, { locale?: "en" }, {}>} */ ((inputs = {}, options = {}) => {
	experimentalStaticLocale ?? options.locale ?? getLocale()
	return en_cli_groups_summary(inputs)
});