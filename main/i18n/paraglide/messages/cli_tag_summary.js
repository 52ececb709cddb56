/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Tag_SummaryInputs */

const en_cli_tag_summary = /** @type {(inputs: Cli_Tag_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tag contacts for status-change alerts, untag them, list who is tagged`)
};

/**
* | output |
* | --- |
* | "tag contacts for status-change alerts, untag them, list who is tagged" |
*
* @param {Cli_Tag_SummaryInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_tag_summary = /** @type {((inputs?: Cli_Tag_SummaryInputs, options?: { locale?: "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Tag_SummaryInputs, { locale?: "en" }, {}>} */ ((inputs = {}, options = {}) => {
	experimentalStaticLocale ?? options.locale ?? getLocale()
	return en_cli_tag_summary(inputs)
});