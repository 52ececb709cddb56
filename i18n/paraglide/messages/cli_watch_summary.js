/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Watch_SummaryInputs */

const en_cli_watch_summary = /** @type {(inputs: Cli_Watch_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sign in and stream NDJSON events`)
};

const de_cli_watch_summary = /** @type {(inputs: Cli_Watch_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`anmelden und Ereignisse als NDJSON ausgeben`)
};

const fr_cli_watch_summary = /** @type {(inputs: Cli_Watch_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`se connecter et diffuser les événements en NDJSON`)
};

/**
* | output |
* | --- |
* | "sign in and stream NDJSON events" |
*
* @param {Cli_Watch_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_watch_summary = /** @type {((inputs?: Cli_Watch_SummaryInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Watch_SummaryInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_watch_summary(inputs)
	if (locale === "fr") return fr_cli_watch_summary(inputs)
	return en_cli_watch_summary(inputs)
});