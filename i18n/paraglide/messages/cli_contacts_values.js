/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Cli_Contacts_ValuesInputs */

const en_cli_contacts_values = /** @type {(inputs: Cli_Contacts_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--contacts must be a whole number up to 100000`)
};

const de_cli_contacts_values = /** @type {(inputs: Cli_Contacts_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--contacts muss eine ganze Zahl bis 100000 sein`)
};

const fr_cli_contacts_values = /** @type {(inputs: Cli_Contacts_ValuesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`--contacts doit être un nombre entier jusqu’à 100000`)
};

/**
* | output |
* | --- |
* | "--contacts must be a whole number up to 100000" |
*
* @param {Cli_Contacts_ValuesInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_contacts_values = /** @type {((inputs?: Cli_Contacts_ValuesInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Contacts_ValuesInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_contacts_values(inputs)
	if (locale === "fr") return fr_cli_contacts_values(inputs)
	return en_cli_contacts_values(inputs)
});