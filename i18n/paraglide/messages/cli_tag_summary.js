/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Tag_SummaryInputs */

const en_cli_tag_summary = /** @type {(inputs: Cli_Tag_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`tag contacts for status-change alerts, untag them, list who is tagged`)
};

const de_cli_tag_summary = /** @type {(inputs: Cli_Tag_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontakte für Statusbenachrichtigungen markieren, Markierungen entfernen, Markierte auflisten`)
};

const fr_cli_tag_summary = /** @type {(inputs: Cli_Tag_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`marquer des contacts pour les alertes de changement de statut, retirer la marque, lister les contacts marqués`)
};

/**
* | output |
* | --- |
* | "tag contacts for status-change alerts, untag them, list who is tagged" |
*
* @param {Cli_Tag_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_tag_summary = /** @type {((inputs?: Cli_Tag_SummaryInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Tag_SummaryInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_tag_summary(inputs)
	if (locale === "fr") return fr_cli_tag_summary(inputs)
	return en_cli_tag_summary(inputs)
});