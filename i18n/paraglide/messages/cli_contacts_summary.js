/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Contacts_SummaryInputs */

const en_cli_contacts_summary = /** @type {(inputs: Cli_Contacts_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`find people, add them to a group, take them out of one or all`)
};

const de_cli_contacts_summary = /** @type {(inputs: Cli_Contacts_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personen suchen, zu einer Gruppe hinzufügen, aus einer oder allen entfernen`)
};

const fr_cli_contacts_summary = /** @type {(inputs: Cli_Contacts_SummaryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`trouver des personnes, les ajouter à un groupe, les retirer d’un groupe ou de tous`)
};

/**
* | output |
* | --- |
* | "find people, add them to a group, take them out of one or all" |
*
* @param {Cli_Contacts_SummaryInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_contacts_summary = /** @type {((inputs?: Cli_Contacts_SummaryInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Contacts_SummaryInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_contacts_summary(inputs)
	if (locale === "fr") return fr_cli_contacts_summary(inputs)
	return en_cli_contacts_summary(inputs)
});