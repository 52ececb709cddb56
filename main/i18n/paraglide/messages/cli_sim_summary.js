/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Sim_SummaryInputs */

const en_cli_sim_summary = /** @type {(inputs: Cli_Sim_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`start the UCWA simulator (first line: JSON with discoverUrl, user, password)`)
};

/**
* | output |
* | --- |
* | "start the UCWA simulator (first line: JSON with discoverUrl, user, password)" |
*
* @param {Cli_Sim_SummaryInputs} inputs
* @param {{ locale?: "en" }} options
* @returns {LocalizedString}
*/
export const cli_sim_summary = /** @type {((inputs?: Cli_Sim_SummaryInputs, options?: { locale?: "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Sim_SummaryInputs, { locale?: "en" }, {}>} */ ((inputs = {}, options = {}) => {
	experimentalStaticLocale ?? options.locale ?? getLocale()
	return en_cli_sim_summary(inputs)
});