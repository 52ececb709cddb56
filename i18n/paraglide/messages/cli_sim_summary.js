/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Sim_SummaryInputs */

const en_cli_sim_summary = /** @type {(inputs: Cli_Sim_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`start the UCWA simulator (first line: JSON with discoverUrl, user, password)`)
};

const de_cli_sim_summary = /** @type {(inputs: Cli_Sim_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`den UCWA-Simulator starten (erste Zeile: JSON mit discoverUrl, user, password)`)
};

const fr_cli_sim_summary = /** @type {(inputs: Cli_Sim_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`démarrer le simulateur UCWA (première ligne : JSON avec discoverUrl, user, password)`)
};

/**
* | output |
* | --- |
* | "start the UCWA simulator (first line: JSON with discoverUrl, user, password)" |
*
* @param {Cli_Sim_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_sim_summary = /** @type {((inputs?: Cli_Sim_SummaryInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Sim_SummaryInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_sim_summary(inputs)
	if (locale === "fr") return fr_cli_sim_summary(inputs)
	return en_cli_sim_summary(inputs)
});