/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ group: NonNullable<unknown> }} Cli_No_Such_GroupInputs */

const en_cli_no_such_group = /** @type {(inputs: Cli_No_Such_GroupInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`there is no group "${i?.group}"`)
};

const de_cli_no_such_group = /** @type {(inputs: Cli_No_Such_GroupInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`es gibt keine Gruppe „${i?.group}“`)
};

const fr_cli_no_such_group = /** @type {(inputs: Cli_No_Such_GroupInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`il n’y a pas de groupe « ${i?.group} »`)
};

/**
* | output |
* | --- |
* | "there is no group \"{group}\"" |
*
* @param {Cli_No_Such_GroupInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_no_such_group = /** @type {((inputs: Cli_No_Such_GroupInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_No_Such_GroupInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_no_such_group(inputs)
	if (locale === "fr") return fr_cli_no_such_group(inputs)
	return en_cli_no_such_group(inputs)
});