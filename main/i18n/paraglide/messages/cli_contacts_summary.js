/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Contacts_SummaryInputs */

const en_cli_contacts_summary = /** @type {(inputs: Cli_Contacts_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`find people, add them to a group, take them out of one or all`)
};

/**
* | output |
* | --- |
* | "find people, add them to a group, take them out of one or all" |
*
* @param {Cli_Contacts_SummaryInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_contacts_summary = /** @type {((inputs?: Cli_Contacts_SummaryInputs, options?: { locale?: "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Contacts_SummaryInputs, { locale?: "en" }, {}>} */ ((inputs = {}, options = {}) => {
	experimentalStaticLocale ?? options.locale ?? getLocale()
	return en_cli_contacts_summary(inputs)
});