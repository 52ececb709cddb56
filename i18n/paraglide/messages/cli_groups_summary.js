/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Groups_SummaryInputs */

const en_cli_groups_summary = /** @type {(inputs: Cli_Groups_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`list, create, rename or delete contact groups`)
};

const de_cli_groups_summary = /** @type {(inputs: Cli_Groups_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kontaktgruppen auflisten, anlegen, umbenennen oder löschen`)
};

const fr_cli_groups_summary = /** @type {(inputs: Cli_Groups_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lister, créer, renommer ou supprimer des groupes de contacts`)
};

/**
* | output |
* | --- |
* | "list, create, rename or delete contact groups" |
*
* @param {Cli_Groups_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_groups_summary = /** @type {((inputs?: Cli_Groups_SummaryInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Groups_SummaryInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_groups_summary(inputs)
	if (locale === "fr") return fr_cli_groups_summary(inputs)
	return en_cli_groups_summary(inputs)
});