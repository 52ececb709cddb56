/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Cli_Group_Not_CreatedInputs */

const en_cli_group_not_created = /** @type {(inputs: Cli_Group_Not_CreatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.name}" was not created`)
};

const de_cli_group_not_created = /** @type {(inputs: Cli_Group_Not_CreatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`„${i?.name}“ wurde nicht angelegt`)
};

const fr_cli_group_not_created = /** @type {(inputs: Cli_Group_Not_CreatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`« ${i?.name} » n’a pas été créé`)
};

/**
* | output |
* | --- |
* | "\"{name}\" was not created" |
*
* @param {Cli_Group_Not_CreatedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const cli_group_not_created = /** @type {((inputs: Cli_Group_Not_CreatedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Cli_Group_Not_CreatedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_cli_group_not_created(inputs)
	if (locale === "fr") return fr_cli_group_not_created(inputs)
	return en_cli_group_not_created(inputs)
});